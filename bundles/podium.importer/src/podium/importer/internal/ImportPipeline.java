/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal;

import java.util.ArrayList;
import java.util.List;

import podium.core.Problem;
import podium.core.Severity;
import podium.importer.ImportCodes;
import podium.importer.ImportResult;
import podium.importer.ImportedSpeech;
import podium.importer.internal.cleanup.CleanupPipeline;
import podium.importer.internal.cleanup.CollectionIntroduction;
import podium.importer.internal.encoding.DecodedText;
import podium.importer.internal.encoding.EncodingDetector;
import podium.importer.internal.encoding.UndecodableException;
import podium.importer.internal.structure.SpeechSplitter;
import podium.importer.internal.structure.SpeechSplitter.SpeechRange;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.LineIndex;
import podium.importer.internal.text.TrackedText;

/** Decode, clean, split into speeches, read each speech: the whole import of one file. */
public final class ImportPipeline {

    private final CleanupPipeline cleanup = new CleanupPipeline();
    private final SpeechSplitter splitter = new SpeechSplitter();

    public ImportResult run(String path, byte[] bytes) {
        DecodedText decoded;
        try {
            decoded = EncodingDetector.decode(bytes);
        } catch (UndecodableException e) {
            Problem problem = new Problem(path, e.line(), e.column(), Severity.ERROR, ImportCodes.ENCODING,
                    e.getMessage());
            return new ImportResult(path, null, "", List.of(), List.of(), List.of(problem));
        }
        return runText(path, decoded.text(), decoded.encoding());
    }

    public ImportResult runText(String path, String input, String encoding) {
        LineIndex inputLines = new LineIndex(input);
        CleanupPipeline.Cleaned cleaned = cleanup.clean(input);
        TrackedText text = cleaned.text();
        List<int[]> ranges = speechRanges(text.text(), textStarts(cleaned));
        List<ImportedSpeech> speeches = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        SpeechReader reader = new SpeechReader(path, input, inputLines);
        for (int s = 0; s < ranges.size(); s++) {
            int[] range = ranges.get(s);
            int from = s == 0 ? 0 : text.originOf(range[0]);
            int to = s + 1 < ranges.size() ? text.originOf(ranges.get(s + 1)[0]) : Integer.MAX_VALUE;
            ImportedSpeech speech = reader.read(text.slice(range[0], range[1]), range[2],
                    findingsIn(cleaned.findings(), from, to));
            speeches.add(speech);
            problems.addAll(speech.problems());
        }
        if (speeches.isEmpty()) {
            cleaned.findings().forEach(f -> problems.add(reader.problem(f)));
            problems.add(new Problem(path, 1, 1, Severity.WARNING, ImportCodes.EMPTY, Messages.ImportPipeline_empty));
        }
        problems.sort(Problem.ORDER);
        return new ImportResult(path, encoding, input, cleaned.repairs(), speeches, problems);
    }

    /**
     * The cleaned lines right after each collection introduction that was removed (a new text of the collection
     * starts there).
     */
    private static java.util.Set<Integer> textStarts(CleanupPipeline.Cleaned cleaned) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        TrackedText text = cleaned.text();
        for (podium.importer.TextRepair r : cleaned.repairs()) {
            if (r.kind() == podium.importer.RepairKind.WEB_JUNK && CollectionIntroduction.isIntroduction(r.before())) {
                int at = firstAtOrAfter(text, r.offset() + r.before().length());
                starts.add(lineOf(text.text(), at));
            }
        }
        return starts;
    }

    /** The first cleaned offset whose origin is {@code inputOffset} or later. */
    private static int firstAtOrAfter(TrackedText text, int inputOffset) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (text.originOf(mid) < inputOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Speech ranges as {start offset, end offset, title line within the speech or -1}. */
    private List<int[]> speechRanges(String text, java.util.Set<Integer> textStarts) {
        List<String> lines = List.of(text.split("\n", -1));
        int[] lineStarts = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            lineStarts[i + 1] = lineStarts[i] + lines.get(i).length() + 1;
        }
        List<int[]> ranges = new ArrayList<>();
        for (SpeechRange r : splitter.split(lines, textStarts)) {
            int start = lineStarts[r.firstLine()];
            int end = Math.min(text.length(), lineStarts[r.endLine()]);
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (end > start) {
                ranges.add(new int[] {start, end, r.titleLine() < 0 ? -1 : r.titleLine() - r.firstLine()});
            }
        }
        return ranges;
    }

    /** The clean-up findings in {@code [from, to)} of the input: the part of it that a speech owns. */
    private static List<Finding> findingsIn(List<Finding> findings, int from, int to) {
        List<Finding> inside = new ArrayList<>();
        for (Finding f : findings) {
            if (f.inputOffset() >= from && f.inputOffset() < to) {
                inside.add(f);
            }
        }
        return inside;
    }
}
