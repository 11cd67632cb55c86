/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where a line of help text may break, in English and in Chinese, and the lines it fills. English breaks at
 * spaces. Chinese, which has no spaces, breaks between words as ICU's dictionary finds them, so that 代码 is
 * not split into 代 and 码; no line starts with a closing mark (，。）) or ends with an opening one (（“). A run
 * of Latin letters, digits and marks is never broken: a path (~/.cache/podium), an option (--out=FILE), a
 * file name with Chinese in it (通报.docx) or a number with its unit (2004年) is copied from the terminal
 * whole, even when it overflows the line.
 */
public final class HelpLines {

    /** The part of a text that makes one line: the characters from start to end, trailing spaces left out. */
    public record Line(int start, int end) {
    }

    /** Closing marks: a line never starts with one. */
    private static final String CLOSING = "，。、；：？！）》」』】〕〉”’…%,.;:?!)]}"; //$NON-NLS-1$

    /** Opening marks: a line never ends with one. */
    private static final String OPENING = "（《「『【〔〈“‘([{"; //$NON-NLS-1$

    private HelpLines() {
    }

    /**
     * The lines of {@code text} (one paragraph, no line breaks), the first at most {@code firstWidth} columns
     * wide and the others {@code nextWidth}, as {@code width} measures them. Leading spaces of the text are
     * kept (they indent it); the spaces where a line breaks are left out. A part that cannot break and is wider
     * than a line gets a line of its own.
     */
    public static List<Line> wrap(String text, int firstWidth, int nextWidth, ToIntFunction<String> width) {
        List<Line> lines = new ArrayList<>();
        boolean[] breakable = breaks(text);
        int start = 0;
        while (start < text.length()) {
            int available = lines.isEmpty() ? firstWidth : nextWidth;
            int end = text.length();
            if (width.applyAsInt(text.substring(start, trimmedEnd(text, start, end))) > available) {
                end = lastFittingBreak(text, breakable, start, available, width);
            }
            lines.add(new Line(start, trimmedEnd(text, start, end)));
            start = end;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        return lines;
    }

    private static int lastFittingBreak(String text, boolean[] breakable, int start, int available,
            ToIntFunction<String> width) {
        int firstBreak = -1;
        int fitting = -1;
        for (int p = start + 1; p < text.length(); p++) {
            if (!breakable[p] || text.substring(start, p).isBlank()) {
                continue;
            }
            if (firstBreak < 0) {
                firstBreak = p;
            }
            if (width.applyAsInt(text.substring(start, trimmedEnd(text, start, p))) > available) {
                break;
            }
            fitting = p;
        }
        return fitting > 0 ? fitting : firstBreak > 0 ? firstBreak : text.length();
    }

    private static int trimmedEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** For each position, whether a line may start there. */
    private static boolean[] breaks(String text) {
        boolean[] breakable = new boolean[text.length() + 1];
        BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        words.setText(text);
        for (int p = 1; p < text.length(); p++) {
            if (Character.isLowSurrogate(text.charAt(p))) {
                continue;
            }
            breakable[p] = mayBreak(Character.codePointBefore(text, p), text.codePointAt(p), words, p);
        }
        return breakable;
    }

    private static boolean mayBreak(int before, int after, BreakIterator words, int p) {
        if (Character.isWhitespace(after)) {
            return false; // the break comes after the spaces
        }
        if (Character.isWhitespace(before)) {
            return true;
        }
        if (CLOSING.indexOf(after) >= 0 || OPENING.indexOf(before) >= 0) {
            return false;
        }
        boolean wideBefore = wide(before);
        boolean wideAfter = wide(after);
        if (wideBefore && wideAfter) {
            return words.isBoundary(p);
        }
        if (wideBefore == wideAfter) {
            return false; // inside a Latin word, path, option or number
        }
        // Chinese next to Latin: 使用Podium and 错误；--json may break; 通报.docx and 2004年 may not
        int latin = wideBefore ? after : before;
        int chinese = wideBefore ? before : after;
        return Character.isLetter(latin) || !Character.isLetter(chinese);
    }

    /** Whether a character takes two columns in a terminal (the East Asian wide and full-width ones). */
    static boolean wide(int c) {
        int width = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH;
    }
}
