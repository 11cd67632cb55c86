/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import podium.importer.TextRepair;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.LineIndex;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/**
 * The clean-up stages in the order they depend on each other: mojibake first, while the pinyin that
 * helps repair it is still there; pinyin next; then Simplified characters, so that the later stages
 * match Simplified words only; junk, the collection's introductions, stray phrases and broken lines;
 * punctuation last.
 */
public final class CleanupPipeline {

    /**
     * The cleaned text and how it came about.
     *
     * @param repairs  every change, in input order
     * @param findings what could not be repaired
     */
    public record Cleaned(TrackedText text, List<TextRepair> repairs, List<Finding> findings) {
    }

    private final List<CleanupStage> stages = List.of(new MojibakeRepair(), new PinyinRemoval(),
            new TraditionalToSimplified(), new WebJunkRemoval(), new CollectionIntroduction(), new StrayPhraseRemoval(), new LineJoining(),
            new PunctuationNormalization());

    public Cleaned clean(String input) {
        LineIndex lines = new LineIndex(input);
        TrackedText text = TrackedText.of(input);
        List<TextRepair> repairs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (CleanupStage stage : stages) {
            TextEdits edits = new TextEdits(text);
            stage.collect(text, edits, findings);
            text = edits.apply(lines, repairs);
        }
        repairs.sort(Comparator.comparingInt(TextRepair::offset));
        return new Cleaned(text, repairs, findings);
    }
}
