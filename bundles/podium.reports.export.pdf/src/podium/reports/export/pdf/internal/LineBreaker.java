/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import podium.reports.export.internal.TextWidth;

/**
 * Breaks text into lines of a width the way Chinese text is set: between any two Chinese characters,
 * at spaces in Latin text (a word longer than the line is cut), and never before a closing mark such
 * as ，。）% (it stays at the end of the line even if that overhangs a little).
 */
final class LineBreaker {

    /** Marks that never start a line. */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’%‰·…—,.;:?!)]}"; //$NON-NLS-1$

    private final IntToDoubleFunction width;

    /** @param width the width a character takes when drawn */
    LineBreaker(IntToDoubleFunction width) {
        this.width = width;
    }

    /** The lines of {@code text}: the first at most {@code first} wide, the others at most {@code rest}. */
    List<String> lines(String text, double first, double rest) {
        List<String> lines = new ArrayList<>();
        int[] points = text.codePoints().toArray();
        int start = 0;
        while (start < points.length) {
            double max = lines.isEmpty() ? first : rest;
            int end = fit(points, start, max);
            lines.add(new String(points, start, end - start).strip());
            start = end;
            while (start < points.length && points[start] == ' ') {
                start++;
            }
        }
        if (lines.isEmpty()) {
            lines.add(""); //$NON-NLS-1$
        }
        return lines;
    }

    /** Where the line starting at {@code start} ends: after as much as fits, at a place a line may break. */
    private int fit(int[] points, int start, double max) {
        int end = start;
        int lastBreak = -1;
        double used = 0;
        while (end < points.length) {
            int next = end + 1;
            used += width.applyAsDouble(points[end]);
            if (used > max && end > start && NO_LINE_START.indexOf(points[end]) < 0) {
                return lastBreak > start ? lastBreak : end;
            }
            if (next < points.length && breaksBetween(points[end], points[next])) {
                lastBreak = next;
            }
            end = next;
        }
        return end;
    }

    /** Whether a line may break between {@code before} and {@code after}. */
    private static boolean breaksBetween(int before, int after) {
        if (NO_LINE_START.indexOf(after) >= 0) {
            return false;
        }
        return before == ' ' || TextWidth.isWide(before) || TextWidth.isWide(after);
    }
}
