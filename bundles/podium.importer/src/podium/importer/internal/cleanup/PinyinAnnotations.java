/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

/**
 * Finds pinyin annotations such as {@code (jīng)} that websites print after characters. Only a single
 * toned syllable in brackets counts, so legitimate brackets like {@code (一)}, {@code (含高新区)} or
 * {@code (2004年)} are never taken for one.
 */
public final class PinyinAnnotations {

    private PinyinAnnotations() {
    }

    /** If an annotation starts at {@code i}, the index just after its closing bracket; otherwise -1. */
    public static int annotationEnd(CharSequence text, int i) {
        if (i >= text.length() || !isOpening(text.charAt(i))) {
            return -1;
        }
        int end = bareSyllableEnd(text, i + 1);
        return end > 0 && matches(text.charAt(i), text.charAt(end - 1)) ? end : -1;
    }

    /** The syllable of the annotation starting at {@code i}, or null when there is none. */
    public static String annotationAt(CharSequence text, int i) {
        int end = annotationEnd(text, i);
        return end < 0 ? null : text.subSequence(i + 1, end - 1).toString();
    }

    /**
     * If a toned syllable starts at {@code i} and is closed by a bracket (its opening bracket lost, as in
     * {@code ?yàn)}), the index just after the bracket; otherwise -1.
     */
    public static int bareSyllableEnd(CharSequence text, int i) {
        int k = i;
        while (k < text.length() && k - i <= 6 && isPinyinLetter(text.charAt(k))) {
            k++;
        }
        if (k == i || k >= text.length() || !isClosing(text.charAt(k))) {
            return -1;
        }
        return PinyinSyllables.isTonedSyllable(text.subSequence(i, k)) ? k + 1 : -1;
    }

    static boolean isPinyinLetter(char c) {
        return c >= 'a' && c <= 'z' || c > 0x7F && Character.isLetter(c) && c < 0x2000;
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '（';
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '）';
    }

    private static boolean matches(char open, char close) {
        return isOpening(open) && isClosing(close);
    }
}
