/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.List;

import podium.core.Problem;

/**
 * One speech found in an imported file, with its cleaned Simplified text and everything read from it.
 *
 * @param title        the title line when the text has one, else null
 * @param meeting      the meeting the speech was given at when stated, else null
 * @param speaker      the speaker when stated, else null
 * @param date         the date as written when stated, else null
 * @param text         the cleaned Simplified text of the speech
 * @param originalText the same part of the input, exactly as decoded
 * @param firstLine    the first line of the speech in the input file
 * @param lastLine     the last line of the speech in the input file
 */
public record ImportedSpeech(String title, String meeting, String speaker, String date, String text,
        String originalText, int firstLine, int lastLine, List<ImportedSection> sections,
        List<ImportedFigure> figures, List<Problem> problems) {

    public ImportedSpeech {
        sections = List.copyOf(sections);
        figures = List.copyOf(figures);
        problems = List.copyOf(problems);
    }
}
