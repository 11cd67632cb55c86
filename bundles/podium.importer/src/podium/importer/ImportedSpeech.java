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
 * @param mentions     the numbers kept out of the figures (rank movements, ordinals, numbers in names, counts of
 *                     the speech's parts, narrative spans), in text order
 * @param sourceMap    where each character of {@code text} came from in the input
 */
public record ImportedSpeech(String title, String meeting, String speaker, String date, String text,
        String originalText, int firstLine, int lastLine, List<ImportedSection> sections,
        List<ImportedFigure> figures, List<ImportedMention> mentions, List<Problem> problems, SourceMap sourceMap) {

    public ImportedSpeech {
        sections = List.copyOf(sections);
        figures = List.copyOf(figures);
        mentions = List.copyOf(mentions);
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /** The offset in {@link #originalText()} that the character at {@code offset} of {@link #text()} came from. */
    public int originalOffset(int offset) {
        return sourceMap.inputOffset(offset) - sourceMap.inputOffset(0);
    }

    /**
     * The offset in {@link #text()} of the first character that came from {@code originalOffset} of
     * {@link #originalText()} or later, e.g. to show a repair in the cleaned text.
     */
    public int cleanedOffset(int originalOffset) {
        return sourceMap.cleanedOffset(originalOffset + sourceMap.inputOffset(0));
    }
}
