/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal;

import java.util.ArrayList;
import java.util.List;

import podium.core.Problem;
import podium.importer.ImportedFigure;
import podium.importer.ImportedMention;
import podium.importer.ImportedSection;
import podium.importer.ImportedSpeech;
import podium.importer.SourceMap;
import podium.importer.internal.figures.FigureExtractor;
import podium.importer.internal.figures.FigureExtractor.Extraction;
import podium.importer.internal.figures.FigureExtractor.TextProblem;
import podium.importer.internal.figures.RawFigure;
import podium.importer.internal.figures.RawMention;
import podium.importer.internal.structure.SectionBuilder;
import podium.importer.internal.structure.SectionBuilder.Heading;
import podium.importer.internal.structure.SpeechHead;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.LineIndex;
import podium.importer.internal.text.TrackedText;

/** Reads one speech of cleaned text: head, sections, figures and problems, all located in the input. */
final class SpeechReader {

    private final String path;
    private final String input;
    private final LineIndex lines;
    private final SectionBuilder sections = new SectionBuilder();
    private final FigureExtractor figures = new FigureExtractor();

    SpeechReader(String path, String input, LineIndex lines) {
        this.path = path;
        this.input = input;
        this.lines = lines;
    }

    ImportedSpeech read(TrackedText speech, int titleLine, List<Finding> findings) {
        String text = speech.text();
        List<String> speechLines = List.of(text.split("\n", -1));
        String title = titleLine >= 0 ? speechLines.get(titleLine).strip() : null;
        SpeechHead head = SpeechHead.read(speechLines, titleLine);
        Extraction extraction = figures.extract(text);
        List<Problem> problems = new ArrayList<>();
        findings.forEach(f -> problems.add(problem(f)));
        for (TextProblem p : extraction.problems()) {
            int offset = speech.originOf(p.offset());
            problems.add(new Problem(path, lines.lineOf(offset), lines.columnOf(offset), p.severity(), p.code(),
                    p.message()));
        }
        problems.sort(Problem.ORDER);
        int first = speech.originOf(0);
        int last = speech.originOf(Math.max(0, text.length() - 1));
        return new ImportedSpeech(title, head.meeting(), head.speaker(), head.date(), text,
                input.substring(first, Math.min(input.length(), speech.originOf(text.length()))),
                lines.lineOf(first), lines.lineOf(last), tree(speech, sections.headings(text)),
                figures(speech, extraction.figures()), mentions(speech, extraction.mentions()), problems, new SourceMap(speech.origins(), lines.lineStarts()));
    }

    Problem problem(Finding f) {
        return new Problem(path, lines.lineOf(f.inputOffset()), lines.columnOf(f.inputOffset()), f.severity(),
                f.code(), f.message());
    }

    private List<ImportedFigure> figures(TrackedText speech, List<RawFigure> raw) {
        List<ImportedFigure> result = new ArrayList<>();
        String text = speech.text();
        for (RawFigure f : raw) {
            result.add(new ImportedFigure(f.indicator(), f.organisation(), f.value(), f.unit(), f.level(), f.bound(),
                    f.role(), f.of(), f.period(), text.substring(f.quoteStart(), f.quoteEnd()), lineOf(speech, f.anchor()),
                    f.quoteStart()));
        }
        return result;
    }

    private List<ImportedMention> mentions(TrackedText speech, List<RawMention> raw) {
        List<ImportedMention> result = new ArrayList<>();
        String text = speech.text();
        for (RawMention m : raw) {
            result.add(new ImportedMention(m.kind(), m.value(), m.unit(), text.substring(m.quoteStart(), m.quoteEnd()),
                    lineOf(speech, m.anchor()), m.quoteStart()));
        }
        return result;
    }

    private int lineOf(TrackedText speech, int offset) {
        return lines.lineOf(speech.originOf(Math.min(offset, speech.length())));
    }

    /** Nests the flat heading list by level. */
    private List<ImportedSection> tree(TrackedText speech, List<Heading> headings) {
        return children(speech, headings, 0, headings.size(), 1);
    }

    private List<ImportedSection> children(TrackedText speech, List<Heading> headings, int from, int to, int level) {
        List<ImportedSection> result = new ArrayList<>();
        int i = from;
        while (i < to) {
            Heading h = headings.get(i);
            int end = i + 1;
            while (end < to && headings.get(end).level() > h.level()) {
                end++;
            }
            result.add(new ImportedSection(h.marker().text(), h.title(), h.level(), lineOf(speech, h.offset()),
                    h.offset(), children(speech, headings, i + 1, end, level + 1)));
            i = end;
        }
        return result;
    }
}
