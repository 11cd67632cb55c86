/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.model;

import java.util.List;

import podium.importer.ImportedSpeech;
import podium.importer.TextRepair;

/** Which lines of the imported file one speech covers. */
public final class SpeechLines {

    private SpeechLines() {
    }

    /** The repairs made inside the lines of {@code speech}. */
    public static List<TextRepair> repairsOf(List<TextRepair> repairs, ImportedSpeech speech) {
        return repairs.stream().filter(r -> r.line() >= speech.firstLine() && r.line() <= speech.lastLine()).toList();
    }
}
