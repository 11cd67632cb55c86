/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import podium.core.Problem;
import podium.importer.ImportResult;
import podium.importer.ImportedFigure;
import podium.importer.ImportedSection;
import podium.importer.ImportedSpeech;
import podium.importer.TextRepair;
import podium.importer.internal.text.LineIndex;
import podium.model.FigureCitation;
import podium.model.ImportProblem;
import podium.model.IssueSeverity;
import podium.model.Meeting;
import podium.model.ModelFactory;
import podium.model.Paragraph;
import podium.model.PlanningFile;
import podium.model.Repair;
import podium.model.Section;
import podium.model.Speech;
import podium.model.persistence.ModelStore;
import podium.model.time.Day;
import podium.model.units.Units;

/**
 * Turns an import into the speech model: a planning file holding one meeting per stated meeting (or
 * the speeches themselves), each speech with its sections, paragraphs, figure citations, problems and
 * repairs. Offsets of sections, paragraphs and figures point into the speech's cleaned text; those of
 * problems and repairs into its original text, as the model documents.
 */
public final class SpeechModelMapper {

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private SpeechModelMapper() {
    }

    /** The planning file for one imported file, named after it. */
    public static PlanningFile toModel(ImportResult result) {
        PlanningFile file = F.createPlanningFile();
        file.setName(baseName(result.file()));
        LineIndex lines = new LineIndex(result.inputText());
        List<ImportedSpeech> speeches = result.speeches();
        for (int i = 0; i < speeches.size(); i++) {
            ImportedSpeech imported = speeches.get(i);
            Speech speech = speech(result, imported, "speech" + (i + 1), lines);
            Meeting meeting = imported.meeting() == null ? null : meeting(file, imported.meeting());
            if (meeting == null) {
                file.getElements().add(speech);
            } else {
                meeting.getSpeeches().add(speech);
                speech.setMeeting(meeting);
            }
        }
        return file;
    }

    /** Saves the model of {@code result} as {@code dir/NAME.xmi} (atomically, keeping a .bak); returns the file. */
    public static Path saveXmi(ImportResult result, Path dir) throws IOException {
        Path target = dir.resolve(baseName(result.file()) + "." + ModelStore.XMI_EXTENSION);
        ResourceSet resources = ModelStore.newResourceSet();
        Resource resource = resources.createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        resource.getContents().add(toModel(result));
        ModelStore.save(resource, target);
        return target;
    }

    private static Meeting meeting(PlanningFile file, String title) {
        for (var element : file.getElements()) {
            if (element instanceof Meeting m && title.equals(m.getTitle())) {
                return m;
            }
        }
        Meeting meeting = F.createMeeting();
        meeting.setName("meeting" + (file.getElements().stream().filter(Meeting.class::isInstance).count() + 1));
        meeting.setTitle(title);
        file.getElements().add(meeting);
        return meeting;
    }

    private static Speech speech(ImportResult result, ImportedSpeech imported, String name, LineIndex lines) {
        Speech speech = F.createSpeech();
        speech.setName(name);
        speech.setTitle(imported.title());
        speech.setSpeaker(imported.speaker());
        speech.setDate(day(imported.date()));
        speech.setText(imported.text());
        speech.setOriginalText(imported.originalText());
        speech.setSourceFile(result.file());
        speech.setEncoding(result.encoding());
        imported.sections().forEach(s -> speech.getSections().add(section(s, imported.text())));
        paragraphs(speech, imported);
        for (ImportedFigure f : imported.figures()) {
            FigureCitation figure = figure(f);
            figure.setPeriod(FigurePeriods.resolve(f.period(), FigurePeriods.headings(speech, f.offset()), speech.getDate())
                    .period());
            speech.getFigures().add(figure);
        }
        int origin = lines.offsetOf(imported.firstLine(), 1);
        int end = origin + imported.originalText().length();
        for (Problem p : imported.problems()) {
            speech.getProblems().add(problem(p, lines, origin));
        }
        for (TextRepair r : result.repairs()) {
            if (r.offset() >= origin && r.offset() < end) {
                speech.getRepairs().add(repair(r, origin));
            }
        }
        return speech;
    }

    private static Section section(ImportedSection imported, String text) {
        Section section = F.createSection();
        section.setNumber(imported.number());
        section.setTitle(imported.title());
        section.setLevel(imported.level());
        section.setLine(imported.line());
        section.setOffset(imported.offset());
        int end = text.indexOf('\n', imported.offset());
        section.setLength((end < 0 ? text.length() : end) - imported.offset());
        imported.children().forEach(c -> section.getChildren().add(section(c, text)));
        return section;
    }

    /** One paragraph per non-empty line of the cleaned text. */
    private static void paragraphs(Speech speech, ImportedSpeech imported) {
        String text = imported.text();
        int start = 0;
        int line = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                Paragraph p = F.createParagraph();
                p.setOffset(start);
                p.setLength(end - start);
                p.setLine(firstLineOf(imported, line));
                speech.getParagraphs().add(p);
            }
            line++;
            start = end + 1;
        }
    }

    /** The input line of a paragraph: the line of the first figure or section in it, else unknown (0). */
    private static int firstLineOf(ImportedSpeech imported, int paragraph) {
        String[] lines = imported.text().split("\n", -1);
        int start = 0;
        for (int i = 0; i < paragraph; i++) {
            start += lines[i].length() + 1;
        }
        int end = start + lines[paragraph].length();
        for (ImportedSection s : imported.sections()) {
            if (s.offset() >= start && s.offset() < end) {
                return s.line();
            }
        }
        for (ImportedFigure f : imported.figures()) {
            if (f.offset() >= start && f.offset() < end) {
                return f.line();
            }
        }
        return 0;
    }

    private static FigureCitation figure(ImportedFigure imported) {
        FigureCitation figure = F.createFigureCitation();
        figure.setOffset(imported.offset());
        figure.setLength(imported.length());
        figure.setLine(imported.line());
        figure.setQuote(imported.quote());
        figure.setIndicatorName(imported.indicator());
        figure.setOrganisationName(imported.organisation());
        figure.setValue(imported.value());
        figure.setUnitText(imported.unit());
        podium.model.Unit unit = Units.parse(imported.unit());
        if (unit != null) {
            figure.setUnit(unit);
        }
        figure.setQualifier(podium.model.Qualifier.valueOf(imported.qualifier().name()));
        figure.setBound(podium.model.Qualifier.valueOf(imported.bound().name()));
        figure.setRole(podium.model.FigureRole.valueOf(imported.role().name()));
        figure.setOf(imported.of() == null ? null : imported.of().toString());
        return figure;
    }

    private static ImportProblem problem(Problem p, LineIndex lines, int origin) {
        ImportProblem problem = F.createImportProblem();
        problem.setLine(p.line());
        problem.setColumn(p.column());
        problem.setOffset(Math.max(0, lines.offsetOf(p.line(), p.column()) - origin));
        problem.setLength(0);
        problem.setSeverity(IssueSeverity.getByName(p.severity().name()));
        problem.setCode(p.code());
        problem.setMessage(p.message());
        return problem;
    }

    private static Repair repair(TextRepair r, int origin) {
        Repair repair = F.createRepair();
        repair.setOffset(r.offset() - origin);
        repair.setLength(r.before().length());
        repair.setLine(r.line());
        repair.setKind(r.kind().label());
        repair.setOriginal(r.before());
        repair.setReplacement(r.after());
        return repair;
    }

    /** A date written 2015年3月5日; null for anything else (20xx年, a missing day). */
    static Day day(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = DATE.matcher(date);
        if (!m.find()) {
            return null;
        }
        try {
            return Day.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String baseName(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
