/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.model;

import podium.importer.ImportedFigure;
import podium.importer.ImportedSpeech;
import podium.importer.SourceMap;
import podium.importer.TextRepair;

/**
 * Where a figure or a repair of one speech lies in the speech's original text and in its cleaned text, through
 * the importer's source map.
 */
public final class SpeechSpans {

    /** A span {@code [start, end)} of one text. */
    public record Span(int start, int end) {

        public int length() {
            return end - start;
        }
    }

    /** The same place in {@link ImportedSpeech#originalText()} and in {@link ImportedSpeech#text()}. */
    public record Place(Span original, Span cleaned) {
    }

    private SpeechSpans() {
    }

    /** The figure's quote in the cleaned text and the input it was read from, pinyin and all. */
    public static Place of(ImportedSpeech speech, ImportedFigure figure) {
        int length = speech.text().length();
        int start = Math.min(figure.offset(), length);
        int end = Math.min(figure.offset() + figure.length(), length);
        SourceMap.Span input = speech.sourceMap().inputSpan(start, end);
        int base = speech.sourceMap().inputOffset(0);
        Span original = clip(input.start() - base, input.end() - base, speech.originalText().length());
        return new Place(original, new Span(start, end));
    }

    /**
     * The repaired input in the original text, and in the cleaned text whatever came of it: the replacement, or
     * an empty span where a removal was.
     */
    public static Place of(ImportedSpeech speech, TextRepair repair) {
        String original = speech.originalText();
        int start = repair.offset() - speech.sourceMap().inputOffset(0);
        int end = start + originalLength(speech, repair, start);
        Span inOriginal = clip(start, end, original.length());
        int cleanedStart = speech.cleanedOffset(inOriginal.start());
        int cleanedEnd = Math.max(cleanedStart, speech.cleanedOffset(inOriginal.end()));
        return new Place(inOriginal, new Span(cleanedStart, cleanedEnd));
    }

    /**
     * How much of the original the repair changed: its {@code before} text when the input has it unchanged;
     * otherwise an earlier clean-up stage changed the input there (e.g. pinyin removed between two Traditional
     * characters), and the cleaned characters that came from the repair lead back to the input they replaced.
     */
    private static int originalLength(ImportedSpeech speech, TextRepair repair, int start) {
        String original = speech.originalText();
        if (start >= 0 && original.startsWith(repair.before(), start)) {
            return repair.before().length();
        }
        int cleanedStart = speech.cleanedOffset(Math.max(start, 0));
        int cleanedEnd = Math.min(cleanedStart + repair.after().length(), speech.text().length());
        int end = cleanedEnd > cleanedStart
                ? speech.sourceMap().inputSpan(cleanedStart, cleanedEnd).end() - speech.sourceMap().inputOffset(0)
                : speech.originalOffset(cleanedStart);
        return Math.max(0, end - start);
    }

    private static Span clip(int start, int end, int length) {
        int from = Math.min(Math.max(start, 0), length);
        return new Span(from, Math.min(Math.max(end, from), length));
    }
}
