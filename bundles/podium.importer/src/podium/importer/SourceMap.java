/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.Arrays;

/**
 * Where each character of a speech's cleaned text came from in the decoded input file, so that a reviewer
 * can show a figure, a section or a repair at the same place in both texts.
 */
public final class SourceMap {

    /**
     * A place in the decoded input.
     *
     * @param offset character offset in the decoded input ({@link ImportResult#inputText()})
     * @param line   1-based line in the input file
     * @param column 1-based column (in characters) in that line
     */
    public record Location(int offset, int line, int column) {
    }

    /** A span {@code [start, end)} of the decoded input. */
    public record Span(int start, int end) {
    }

    // origin[i] is the input offset of cleaned character i; origin[length] is where the text ends in the input
    private final int[] origin;
    private final int[] lineStarts;

    /**
     * @param origin     for each cleaned character, and once more for the end, its offset in the input;
     *                   never decreasing, since the clean-up only replaces and removes text in order
     * @param lineStarts the offsets at which the input's lines start, the first being 0
     */
    public SourceMap(int[] origin, int[] lineStarts) {
        if (origin.length == 0 || lineStarts.length == 0 || lineStarts[0] != 0) {
            throw new IllegalArgumentException("a source map needs an end offset and the input's first line");
        }
        for (int i = 1; i < origin.length; i++) {
            if (origin[i] < origin[i - 1]) {
                throw new IllegalArgumentException("origins decrease at " + i);
            }
        }
        this.origin = origin.clone();
        this.lineStarts = lineStarts.clone();
    }

    /** The length of the cleaned text this map covers. */
    public int cleanedLength() {
        return origin.length - 1;
    }

    /** The input offset of the cleaned character at {@code cleanedOffset}; {@link #cleanedLength()} gives the end. */
    public int inputOffset(int cleanedOffset) {
        return origin[checked(cleanedOffset)];
    }

    /** The input offset, line and column of the cleaned character at {@code cleanedOffset}. */
    public Location locate(int cleanedOffset) {
        int offset = inputOffset(cleanedOffset);
        int line = lineOf(offset);
        return new Location(offset, line, offset - lineStarts[line - 1] + 1);
    }

    /**
     * The input that became the cleaned span {@code [start, end)}: from its first character's origin to where
     * the next cleaned character came from, so that what was removed inside or right after the span (a pinyin
     * annotation, mojibake that became one character) belongs to it; a line end after the span does not.
     */
    public Span inputSpan(int start, int end) {
        if (end < start) {
            throw new IllegalArgumentException(start + ".." + end);
        }
        int from = inputOffset(start);
        int to = inputOffset(end);
        if (end > start) {
            int last = inputOffset(end - 1);
            int nextLine = Arrays.binarySearch(lineStarts, last + 1);
            int lineAfterLast = nextLine >= 0 ? nextLine : -nextLine - 1;
            if (lineAfterLast < lineStarts.length && lineStarts[lineAfterLast] <= to) {
                to = Math.max(last + 1, lineStarts[lineAfterLast] - 1);
            }
        }
        return new Span(from, Math.max(from, to));
    }

    /**
     * The first cleaned character that came from {@code inputOffset} or from later in the input, e.g. to show
     * a repair (located in the input) in the cleaned text; {@link #cleanedLength()} when none did.
     */
    public int cleanedOffset(int inputOffset) {
        int low = 0;
        int high = cleanedLength();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (origin[mid] < inputOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private int checked(int cleanedOffset) {
        if (cleanedOffset < 0 || cleanedOffset >= origin.length) {
            throw new IndexOutOfBoundsException(cleanedOffset + " of " + cleanedLength());
        }
        return cleanedOffset;
    }
}
