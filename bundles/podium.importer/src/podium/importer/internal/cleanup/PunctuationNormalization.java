/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.List;

import podium.importer.RepairKind;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/**
 * Gives Chinese text its own punctuation back: ASCII {@code , : ; ? ! ( )} next to Chinese become
 * {@code ，：；？！（）}, {@code ...} becomes {@code ……}, full-width digits become ASCII digits, stray
 * apostrophes and hyphens between characters go, and so do spaces at line starts, line ends and after
 * Chinese punctuation. Numbers keep their ASCII separators ({@code 1,000}, {@code 10:30}, {@code 3.5}).
 */
public final class PunctuationNormalization implements CleanupStage {

    private static final String ASCII = ",:;?!";
    private static final String FULL_WIDTH = "，：；？！";
    private static final String CHINESE_PUNCTUATION = "，。、：；？！“”‘’（）《》【】…—";

    @Override
    public void collect(TrackedText tracked, TextEdits edits, List<Finding> findings) {
        String text = tracked.text();
        for (Line line : Line.of(text)) {
            normaliseLine(text, line, edits);
        }
    }

    private static void normaliseLine(String text, Line line, TextEdits edits) {
        int start = line.start();
        int end = line.end();
        int i = start;
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        if (i > start) {
            edits.delete(start, i, RepairKind.WHITESPACE);
        }
        int last = end;
        while (last > i && isSpace(text.charAt(last - 1))) {
            last--;
        }
        if (last < end) {
            edits.delete(last, end, RepairKind.WHITESPACE);
        }
        while (i < last) {
            i = normaliseAt(text, i, start, last, edits);
        }
    }

    /** Normalises what starts at i and returns the index after it. */
    private static int normaliseAt(String text, int i, int lineStart, int lineEnd, TextEdits edits) {
        char c = text.charAt(i);
        char before = i > lineStart ? text.charAt(i - 1) : '\n';
        char after = i + 1 < lineEnd ? text.charAt(i + 1) : '\n';
        char beforeWord = nonSpaceBefore(text, i, lineStart);
        char afterWord = nonSpaceAfter(text, i, lineEnd);
        if (c >= '０' && c <= '９') {
            edits.replace(i, i + 1, String.valueOf((char) (c - '０' + '0')), RepairKind.DIGITS);
        } else if (c == '％' || c == '．' && isDigit(before) && isDigit(after)) {
            edits.replace(i, i + 1, c == '％' ? "%" : ".", RepairKind.DIGITS);
        } else if (ASCII.indexOf(c) >= 0 && !(isDigit(before) && isDigit(after))
                && nearChinese(beforeWord, afterWord)) {
            edits.replace(i, i + 1, String.valueOf(FULL_WIDTH.charAt(ASCII.indexOf(c))), RepairKind.PUNCTUATION);
        } else if (c == '(') {
            return bracket(text, i, lineStart, lineEnd, edits);
        } else if (c == '.' && text.startsWith("...", i)) {
            int dots = i;
            while (dots < lineEnd && text.charAt(dots) == '.') {
                dots++;
            }
            edits.replace(i, dots, "……", RepairKind.PUNCTUATION);
            return dots;
        } else if ("'`-".indexOf(c) >= 0 && isHan(before) && isHan(after)) {
            edits.delete(i, i + 1, RepairKind.PUNCTUATION);
        } else if (isSpace(c) && (isPunctuation(before) || isPunctuation(after))) {
            int spaces = i;
            while (spaces < lineEnd && isSpace(text.charAt(spaces))) {
                spaces++;
            }
            edits.delete(i, spaces, RepairKind.WHITESPACE);
            return spaces;
        }
        return i + 1;
    }

    /** An ASCII bracket pair becomes full-width when it encloses or touches Chinese text. */
    private static int bracket(String text, int open, int lineStart, int lineEnd, TextEdits edits) {
        int close = text.indexOf(')', open + 1);
        if (close < 0 || close >= lineEnd || text.lastIndexOf('(', close - 1) != open) {
            return open + 1;
        }
        char before = open > lineStart ? text.charAt(open - 1) : '\n';
        char after = close + 1 < lineEnd ? text.charAt(close + 1) : '\n';
        boolean chinese = isHan(before) || isHan(after) || containsHan(text, open + 1, close)
                || CHINESE_PUNCTUATION.indexOf(before) >= 0;
        if (chinese) {
            edits.replace(open, open + 1, "（", RepairKind.PUNCTUATION);
            edits.replace(close, close + 1, "）", RepairKind.PUNCTUATION);
        }
        return open + 1;
    }

    private static boolean containsHan(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearChinese(char before, char after) {
        return isHan(before) || isHan(after) || CHINESE_PUNCTUATION.indexOf(before) >= 0
                || CHINESE_PUNCTUATION.indexOf(after) >= 0 || before == '□' || after == '□' || before == '%'
                        && after != '\n';
    }

    private static boolean isPunctuation(char c) {
        return CHINESE_PUNCTUATION.indexOf(c) >= 0 || ASCII.indexOf(c) >= 0;
    }

    private static boolean isHan(char c) {
        return Character.isIdeographic(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static char nonSpaceBefore(String text, int i, int lineStart) {
        int k = i - 1;
        while (k >= lineStart && isSpace(text.charAt(k))) {
            k--;
        }
        return k >= lineStart ? text.charAt(k) : '\n';
    }

    private static char nonSpaceAfter(String text, int i, int lineEnd) {
        int k = i + 1;
        while (k < lineEnd && isSpace(text.charAt(k))) {
            k++;
        }
        return k < lineEnd ? text.charAt(k) : '\n';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }
}
