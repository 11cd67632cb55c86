/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.Locale;

/** What a {@link TextRepair} did to the text, so that a reviewer can filter repairs by kind. */
public enum RepairKind {
    /** A character lost to a GBK byte misalignment was recovered from its bytes and pinyin. */
    MOJIBAKE,
    /** Junk that could not be recovered was replaced by {@code □}. */
    LOST_CHARACTER,
    /** A pinyin annotation such as {@code (jīng)} was removed. */
    PINYIN,
    /** Page navigation, site blurbs or repeated titles were removed. */
    WEB_JUNK,
    /** A phrase that the website put where a number belonged was removed. */
    STRAY_PHRASE,
    /** A line broken in the middle of a sentence was joined with the next one. */
    LINE_JOIN,
    /** ASCII punctuation in Chinese text became its full-width form. */
    PUNCTUATION,
    /** Full-width digits became ASCII digits. */
    DIGITS,
    /** Stray spaces were removed. */
    WHITESPACE,
    /** Traditional characters became Simplified ones. */
    SIMPLIFIED;

    /** The lower-case, hyphenated name used in JSON and in the workbench. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
