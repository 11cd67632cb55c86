/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.text;

import java.util.Locale;

/**
 * Names in a running list, as the user's language writes one: Chinese separates them with the
 * enumeration comma 、 (单位、单位名称、地区), other languages with ", ".
 *
 * @since 0.1
 */
public final class Enumerations {

    private Enumerations() {
    }

    /** The names joined for {@code locale}. */
    public static String join(Iterable<? extends CharSequence> names, Locale locale) {
        return String.join(separator(locale), names);
    }

    /** The names joined for the language Podium runs in (the default locale, which -nl sets). */
    public static String join(Iterable<? extends CharSequence> names) {
        return join(names, Locale.getDefault());
    }

    /** The separator of a list's items in {@code locale}'s language. */
    public static String separator(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", "; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
