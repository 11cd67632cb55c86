/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.text;

import java.util.Arrays;

/** Maps character offsets in the decoded input to 1-based lines and columns. */
public final class LineIndex {
    private final int[] lineStarts;

    public LineIndex(String input) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < input.length(); i++) {
            if (input.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    /** The offsets at which the lines start: a copy. */
    public int[] lineStarts() {
        return lineStarts.clone();
    }

    /** The 1-based line containing {@code offset}. */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of {@code offset} within its line. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** The offset of a 1-based line and column (clamped to the known lines). */
    public int offsetOf(int line, int column) {
        int index = Math.max(1, Math.min(line, lineStarts.length)) - 1;
        return lineStarts[index] + Math.max(column, 1) - 1;
    }

    /** Number of lines; a final line without a line end counts. */
    public int lineCount() {
        return lineStarts.length;
    }
}
