/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

import podium.importer.ImportedSpeech;
import podium.importer.TextRepair;

/** Maps between lines of the imported file and the part of it one speech covers. */
public final class SpeechLines {

    private SpeechLines() {
    }

    /** Offsets where each line of {@code text} starts; index 0 is line 1. */
    public static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Offset where the 1-based {@code line} starts; lines past the end start at the last line. */
    public static int startOf(int[] lineStarts, int line) {
        int index = Math.min(Math.max(line, 1), lineStarts.length) - 1;
        return lineStarts[index];
    }

    /** The repairs made inside the lines of {@code speech}. */
    public static List<TextRepair> repairsOf(List<TextRepair> repairs, ImportedSpeech speech) {
        return repairs.stream().filter(r -> r.line() >= speech.firstLine() && r.line() <= speech.lastLine()).toList();
    }
}
