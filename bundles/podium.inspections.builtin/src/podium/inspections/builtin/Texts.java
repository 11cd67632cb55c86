/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;

import podium.inspections.InspectionMessages;

/**
 * The texts of Podium's own problems (names, messages, descriptions, in English and Chinese), one pair
 * of message files for all of them, for the tools that report problems themselves: the language
 * (syntax, values, linking, imports) and file reading.
 *
 * @since 1.0
 */
public final class Texts {

    /** The message files of Podium's inspections, as {@code @Definition(messages = Texts.FILE)} names them. */
    public static final String FILE = "/podium/inspections/builtin/internal/inspections"; //$NON-NLS-1$

    private static final InspectionMessages MESSAGES = InspectionMessages.of(Texts.class, FILE);

    private Texts() {
    }

    /** The message {@code CODE.message} or {@code CODE.message.VARIANT} in the user's language, filled in. */
    public static String message(String code, String variant, Object... arguments) {
        return message(Locale.getDefault(), code, variant, arguments);
    }

    /** As {@link #message(String, String, Object...)} in {@code locale}'s language (Chinese or English). */
    public static String message(Locale locale, String code, String variant, Object... arguments) {
        String key = code + ".message" + (variant == null ? "" : '.' + variant); //$NON-NLS-1$ //$NON-NLS-2$
        String message = MESSAGES.format(locale, key, arguments);
        return message != null ? message : key;
    }

    /** The word users know for a kind of element (organisation, 单位), as messages name it. */
    public static String kind(EClass type) {
        return kind(Locale.getDefault(), type);
    }

    public static String kind(Locale locale, EClass type) {
        String word = MESSAGES.text(locale, "kind." + type.getName()); //$NON-NLS-1$
        return word != null ? word : type.getName().toLowerCase(Locale.ROOT);
    }

    /** The message files themselves, e.g. for tests that compare the two languages. */
    public static InspectionMessages messages() {
        return MESSAGES;
    }
}
