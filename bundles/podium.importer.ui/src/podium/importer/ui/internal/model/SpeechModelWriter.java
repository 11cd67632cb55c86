/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import podium.core.Problem;
import podium.importer.ImportResult;
import podium.importer.ImportedFigure;
import podium.importer.ImportedSection;
import podium.importer.ImportedSpeech;
import podium.importer.TextRepair;
import podium.model.FigureCitation;
import podium.model.ImportProblem;
import podium.model.IssueSeverity;
import podium.model.Meeting;
import podium.model.ModelFactory;
import podium.model.PlanningFile;
import podium.model.Repair;
import podium.model.Section;
import podium.model.Speech;
import podium.model.Unit;
import podium.model.persistence.ModelStore;
import podium.model.time.Day;
import podium.model.time.Period;

/**
 * Turns an import result into the EMF speech model and saves it as XMI (atomically, with a backup).
 * Stands in until the importer offers its own mapper; see docs/importing.md.
 */
public final class SpeechModelWriter {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private SpeechModelWriter() {
    }

    /** The XMI file the model of {@code source} is saved to: same folder, same base name. */
    public static Path modelFileOf(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return source.resolveSibling(base + "." + ModelStore.XMI_EXTENSION);
    }

    /** Saves the model of {@code result} to {@code target}, keeping the previous file as {@code .bak}. */
    public static void save(ImportResult result, Path source, Path target) throws IOException {
        Resource resource = ModelStore.newResourceSet().createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        resource.getContents().add(toModel(result, source));
        ModelStore.save(resource, target);
    }

    /** The planning file holding every speech of the result, inside its meeting when one is stated. */
    public static PlanningFile toModel(ImportResult result, Path source) {
        PlanningFile file = FACTORY.createPlanningFile();
        List<ImportedSpeech> speeches = result.speeches();
        int[] lineStarts = lineStarts(result.inputText());
        for (int i = 0; i < speeches.size(); i++) {
            ImportedSpeech imported = speeches.get(i);
            Speech speech = speech(imported, result, source, lineStarts, i + 1);
            if (imported.meeting() != null) {
                Meeting meeting = FACTORY.createMeeting();
                meeting.setName("meeting" + (i + 1));
                meeting.setTitle(imported.meeting());
                meeting.setDate(speech.getDate());
                meeting.getSpeeches().add(speech);
                speech.setMeeting(meeting);
                file.getElements().add(meeting);
            } else {
                file.getElements().add(speech);
            }
        }
        return file;
    }

    private static Speech speech(ImportedSpeech imported, ImportResult result, Path source, int[] lineStarts, int number) {
        Speech speech = FACTORY.createSpeech();
        speech.setName("speech" + number);
        speech.setTitle(imported.title());
        speech.setSpeaker(imported.speaker());
        speech.setDate(day(imported.date()));
        speech.setText(imported.text());
        speech.setOriginalText(imported.originalText());
        speech.setSourceFile(source.getFileName().toString());
        speech.setEncoding(result.encoding());
        imported.sections().forEach(s -> speech.getSections().add(section(s)));
        imported.figures().forEach(f -> speech.getFigures().add(figure(f)));
        imported.problems().forEach(p -> speech.getProblems().add(problem(p, lineStarts, imported.firstLine())));
        int start = SpeechLines.startOf(lineStarts, imported.firstLine());
        SpeechLines.repairsOf(result.repairs(), imported)
                .forEach(r -> speech.getRepairs().add(repair(r, start)));
        return speech;
    }

    private static Section section(ImportedSection imported) {
        Section section = FACTORY.createSection();
        section.setNumber(imported.number());
        section.setTitle(imported.title());
        section.setLevel(imported.level());
        section.setLine(imported.line());
        section.setOffset(imported.offset());
        section.setLength(imported.title() == null ? 0 : imported.title().length());
        imported.children().forEach(c -> section.getChildren().add(section(c)));
        return section;
    }

    private static FigureCitation figure(ImportedFigure imported) {
        FigureCitation figure = FACTORY.createFigureCitation();
        figure.setOffset(imported.offset());
        figure.setLength(imported.length());
        figure.setLine(imported.line());
        figure.setQuote(imported.quote());
        figure.setIndicatorName(imported.indicator());
        figure.setValue(imported.value());
        figure.setUnitText(imported.unit());
        Unit unit = imported.unit() == null ? null : Unit.get(imported.unit());
        figure.setUnit(unit == null ? Unit.NONE : unit);
        figure.setQualifier(podium.model.Qualifier.valueOf(imported.qualifier().name()));
        figure.setRole(podium.model.FigureRole.valueOf(imported.role().name()));
        figure.setOf(imported.of() == null ? null : imported.of().toString());
        figure.setPeriod(period(imported.period()));
        return figure;
    }

    private static ImportProblem problem(Problem problem, int[] lineStarts, int firstLine) {
        ImportProblem result = FACTORY.createImportProblem();
        result.setLine(problem.line());
        result.setColumn(problem.column());
        if (problem.line() >= firstLine && problem.line() > 0) {
            int lineStart = SpeechLines.startOf(lineStarts, problem.line()) - SpeechLines.startOf(lineStarts, firstLine);
            result.setOffset(lineStart + Math.max(0, problem.column() - 1));
        }
        result.setSeverity(IssueSeverity.valueOf(problem.severity().name()));
        result.setCode(problem.code());
        result.setMessage(problem.message());
        return result;
    }

    private static Repair repair(TextRepair imported, int speechStart) {
        Repair repair = FACTORY.createRepair();
        repair.setOffset(Math.max(0, imported.offset() - speechStart));
        repair.setLength(imported.before().length());
        repair.setLine(imported.line());
        repair.setKind(imported.kind().label());
        repair.setOriginal(imported.before());
        repair.setReplacement(imported.after());
        return repair;
    }

    /** A date as speeches write it ({@code 2004年2月10日}) or ISO; null when absent or not a real date. */
    static Day day(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CHINESE_DATE.matcher(text);
        try {
            if (m.find()) {
                return Day.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            return Day.valueOf(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Period period(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Period.valueOf(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int[] lineStarts(String text) {
        return SpeechLines.lineStarts(text);
    }
}
