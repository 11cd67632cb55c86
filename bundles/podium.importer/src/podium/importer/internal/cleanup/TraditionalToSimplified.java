/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.List;

import com.ibm.icu.text.Transliterator;

import podium.importer.RepairKind;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/**
 * Converts Traditional characters to Simplified with ICU's {@code Traditional-Simplified} transliterator,
 * which looks at context ({@code 顯著 → 显著} but {@code 著力 → 着力}); each changed run is one repair.
 */
public final class TraditionalToSimplified implements CleanupStage {

    private static final Transliterator TRADITIONAL_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    @Override
    public void collect(TrackedText tracked, TextEdits edits, List<Finding> findings) {
        String text = tracked.text();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            convertLine(text, lineStart, lineEnd, edits);
            lineStart = lineEnd + 1;
        }
    }

    private static void convertLine(String text, int start, int end, TextEdits edits) {
        String line = text.substring(start, end);
        String simplified = transliterate(line);
        if (simplified.equals(line)) {
            return;
        }
        if (simplified.length() != line.length()) {
            // a character changed length (e.g. into a supplementary one): convert one code point at a time
            convertCodePoints(line, start, edits);
            return;
        }
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == simplified.charAt(i)) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < line.length() && line.charAt(runEnd) != simplified.charAt(runEnd)) {
                runEnd++;
            }
            edits.replace(start + i, start + runEnd, simplified.substring(i, runEnd), RepairKind.SIMPLIFIED);
            i = runEnd;
        }
    }

    private static void convertCodePoints(String line, int start, TextEdits edits) {
        int i = 0;
        while (i < line.length()) {
            int next = line.offsetByCodePoints(i, 1);
            String original = line.substring(i, next);
            String simplified = transliterate(original);
            if (!simplified.equals(original)) {
                edits.replace(start + i, start + next, simplified, RepairKind.SIMPLIFIED);
            }
            i = next;
        }
    }

    private static String transliterate(String s) {
        synchronized (TRADITIONAL_SIMPLIFIED) {
            return TRADITIONAL_SIMPLIFIED.transliterate(s);
        }
    }
}
