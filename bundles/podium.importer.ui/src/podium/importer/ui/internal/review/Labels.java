/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.review;

import podium.importer.FigureRole;
import podium.importer.Qualifier;
import podium.importer.RepairKind;
import podium.importer.ui.internal.Messages;

/** The words the review shows for qualifiers, roles and repair kinds, in the user's language. */
public final class Labels {

    private Labels() {
    }

    public static String of(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> Messages.Labels_exact;
            case GUARANTEE -> Messages.Labels_guarantee;
            case STRIVE -> Messages.Labels_strive;
            case AT_LEAST -> Messages.Labels_atLeast;
            case ABOUT -> Messages.Labels_about;
            case AT_MOST -> Messages.Labels_atMost;
        };
    }

    public static String of(FigureRole role) {
        return switch (role) {
            case TARGET -> Messages.Labels_target;
            case ACTUAL -> Messages.Labels_actual;
            case GROWTH -> Messages.Labels_growth;
            case SHARE -> Messages.Labels_share;
            case RANK -> Messages.Labels_rank;
        };
    }

    public static String of(RepairKind kind) {
        return switch (kind) {
            case MOJIBAKE -> Messages.Labels_mojibake;
            case LOST_CHARACTER -> Messages.Labels_lostCharacter;
            case PINYIN -> Messages.Labels_pinyin;
            case WEB_JUNK -> Messages.Labels_webJunk;
            case STRAY_PHRASE -> Messages.Labels_strayPhrase;
            case LINE_JOIN -> Messages.Labels_lineJoin;
            case PUNCTUATION -> Messages.Labels_punctuation;
            case DIGITS -> Messages.Labels_digits;
            case WHITESPACE -> Messages.Labels_whitespace;
            case SIMPLIFIED -> Messages.Labels_simplified;
        };
    }

    /** Text as a table cell shows it: line breaks visible, nothing shown for null. */
    public static String cell(Object value) {
        if (value == null) {
            return ""; //-NLS-1$
        }
        return value.toString().replace("\n", "\u21b5"); //-NLS-1$ //-NLS-2$
    }
}
