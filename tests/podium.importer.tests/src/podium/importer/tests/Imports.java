/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import podium.importer.ImportResult;
import podium.importer.ImportedFigure;
import podium.importer.ImportedSpeech;
import podium.importer.SpeechImporter;

/** Shortcuts for importing fixture text in tests. */
final class Imports {

    static final SpeechImporter IMPORTER = new SpeechImporter();

    private Imports() {
    }

    static ImportResult text(String text) {
        return IMPORTER.importText("fixture.txt", text);
    }

    /** The one speech of a fixture that must not split. */
    static ImportedSpeech speech(String text) {
        ImportResult result = text(text);
        assertThat(result.speeches()).as("speeches of %s", text).hasSize(1);
        return result.speeches().get(0);
    }

    static String cleaned(String text) {
        return speech(text).text();
    }

    /** The one figure whose quote contains {@code part}. */
    static ImportedFigure figure(List<ImportedFigure> figures, String part) {
        List<ImportedFigure> found = figures.stream().filter(f -> f.quote().contains(part)).toList();
        assertThat(found).as("figures quoting %s among %s", part, figures).hasSize(1);
        return found.get(0);
    }

    static ImportedFigure figure(String text, String part) {
        return figure(speech(text).figures(), part);
    }
}
