/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text: {@code [start, end)} without its line end; {@code next} is where the following
 * line starts (after the {@code \n}, or the text's length for the last line).
 */
record Line(int start, int end, int next, String text) {

    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            end = end < 0 ? text.length() : end;
            lines.add(new Line(start, end, next, text.substring(start, end)));
            start = next;
        }
        return lines;
    }

    /** The line without surrounding white space (including the ideographic space). */
    String trimmed() {
        return text.strip();
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
