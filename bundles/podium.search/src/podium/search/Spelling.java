/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import podium.core.text.Pinyin;

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
    /** The pinyin letters of each character, null for a character that is not Chinese. */
    final char[][] syllables;
    final boolean[] wordStarts;
    /** Every character and every syllable in order: a query that matches is a subsequence of it. */
    final int[] flat;
    /** Which characters {@link #flat} holds, as {@link FuzzyMatcher#signature(int[])} says. */
    final long signature;

    private Spelling(String text) {
        this.text = text;
        int[] original = text.codePoints().toArray();
        int n = original.length;
        chars = new int[n];
        syllables = new char[n][];
        wordStarts = new boolean[n];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int c = original[i];
            chars[i] = Character.toLowerCase(c);
            String syllable = Pinyin.of(c);
            syllables[i] = syllable == null ? null : syllable.toCharArray();
            wordStarts[i] = i == 0 || syllable != null || startsWord(original[i - 1], c);
            all.appendCodePoint(chars[i]);
            if (syllable != null) {
                all.append(syllable);
            }
        }
        flat = all.codePoints().toArray();
        signature = FuzzyMatcher.signature(flat);
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
