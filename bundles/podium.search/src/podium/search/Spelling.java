/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import podium.search.internal.Pinyin;

/**
 * A text prepared for matching: its characters in lower case, the pinyin of each Chinese character and
 * where words start (every Chinese character, a letter after a space, a dot or a lower-case letter).
 * Prepared once per item, then matched against every keystroke.
 *
 * @since 1.0
 */
public final class Spelling {

    final String text;
    final int[] chars;
    final String[] syllables;
    final boolean[] wordStarts;
    /** Every character and every syllable in order: a query that matches is a subsequence of it. */
    final int[] flat;

    private Spelling(String text) {
        this.text = text;
        int[] original = text.codePoints().toArray();
        int n = original.length;
        chars = new int[n];
        syllables = new String[n];
        wordStarts = new boolean[n];
        for (int i = 0; i < n; i++) {
            int c = original[i];
            chars[i] = Character.toLowerCase(c);
            syllables[i] = Pinyin.of(c);
            wordStarts[i] = i == 0 || syllables[i] != null || startsWord(original[i - 1], c);
        }
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < n; i++) {
            all.appendCodePoint(chars[i]);
            if (syllables[i] != null) {
                all.append(syllables[i]);
            }
        }
        flat = all.codePoints().toArray();
    }

    public static Spelling of(String text) {
        return new Spelling(text);
    }

    public String text() {
        return text;
    }

    /** The number of code points, the unit of {@link FuzzyMatcher.Match#positions()}. */
    public int length() {
        return chars.length;
    }

    private static boolean startsWord(int previous, int c) {
        if (!Character.isLetterOrDigit(previous)) {
            return true;
        }
        return Character.isUpperCase(c) && Character.isLowerCase(previous)
                || Character.isDigit(c) != Character.isDigit(previous)
                || Pinyin.of(previous) != null;
    }
}
