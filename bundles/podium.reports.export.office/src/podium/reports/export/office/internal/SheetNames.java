/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Worksheet names as Excel accepts them: at most 31 characters, none of {@code [ ] : * ? / \},
 * not empty, not starting or ending with an apostrophe, and unique in the workbook ignoring case.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();

    /** A name for a sheet showing {@code title}: the title made valid, shortened and numbered when taken. */
    String next(String title, String fallback) {
        String base = clean(title);
        if (base.isEmpty()) {
            base = clean(fallback);
        }
        if (base.isEmpty()) {
            base = "Sheet"; //$NON-NLS-1$
        }
        String name = shorten(base, MAX_LENGTH);
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            name = shorten(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** The title without the characters Excel refuses (a colon becomes the full-width one, as Chinese titles write it). */
    static String clean(String title) {
        StringBuilder name = new StringBuilder();
        title.codePoints().forEach(c -> {
            switch (c) {
                case ':' -> name.append('：');
                case '[', ']', '*', '?', '/', '\\' -> name.append('_');
                default -> name.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
            }
        });
        String cleaned = name.toString().strip();
        while (cleaned.startsWith("'")) { //$NON-NLS-1$
            cleaned = cleaned.substring(1);
        }
        while (cleaned.endsWith("'")) { //$NON-NLS-1$
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        return cleaned.strip();
    }

    /** At most {@code max} UTF-16 characters (as Excel counts them), never splitting a surrogate pair. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }
}
