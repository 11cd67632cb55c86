/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import podium.core.text.Enumerations;
import podium.importer.ImportCodes;
import podium.model.FigureCitation;
import podium.model.ImportProblem;
import podium.model.Organisation;
import podium.model.Plan;
import podium.model.Speech;
import podium.model.Unit;
import podium.model.time.Period;
import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;
import podium.reports.api.Table;
import podium.reports.api.Value;

/**
 * 讲话数字核对: every figure cited in the speeches of the model (or the one named by option {@code speech})
 * against the model's value for the figure's own period, with only the data its speaker could have had on the
 * speech's date ({@link FigureCheck}): matches, mismatches with both numbers, figures without a counterpart (and why), and
 * the numbers the importer found blanked or replaced by placeholders.
 */
public final class SpeechCheckReport implements ReportProducer {

    static final String ID = "speech-check"; //$NON-NLS-1$
    static final String SPEECH = "speech"; //$NON-NLS-1$

    /** One line of the figures table, with where it stands in the speech. */
    private record Line(int line, int offset, EObject element, List<Value> cells, FigureCheck.Kind kind) {
    }

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) throws ReportException {
        ReportContext context = new ReportContext(input, parameters);
        List<Speech> speeches = speeches(context);
        Optional<Plan> plan = input.model().plan();
        Period planPeriod = plan.map(Plan::getPeriod).orElse(parameters.period());
        Organisation planOrganisation = plan.map(Plan::getOrganisation).orElse(null);
        Table.Builder figures = Table.builder("figures", Messages.SpeechCheck_figuresTable) //$NON-NLS-1$
                .column("speech", Messages.Column_speech, Column.Type.TEXT) //$NON-NLS-1$
                .column("line", Messages.Column_line, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("quote", Messages.Column_quote, Column.Type.TEXT) //$NON-NLS-1$
                .column("indicator", Messages.Column_indicator, Column.Type.TEXT) //$NON-NLS-1$
                .column("organisation", Messages.Column_organisation, Column.Type.TEXT) //$NON-NLS-1$
                .column("period", Messages.Column_period, Column.Type.TEXT) //$NON-NLS-1$
                .column("figure", Messages.Column_figure, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("unit", Messages.Column_unit, Column.Type.TEXT) //$NON-NLS-1$
                .column("model", Messages.Column_modelValue, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("comparedWith", Messages.Column_comparedWith, Column.Type.TEXT) //$NON-NLS-1$
                .column("result", Messages.Column_result, Column.Type.STATUS) //$NON-NLS-1$
                .column("note", Messages.Column_note, Column.Type.TEXT) //$NON-NLS-1$
                .note(Messages.SpeechCheck_roundingNote);
        Table.Builder summary = Table.builder("summary", Messages.SpeechCheck_summaryTable) //$NON-NLS-1$
                .column("speech", Messages.Column_speech, Column.Type.TEXT) //$NON-NLS-1$
                .column("figures", Messages.Column_figures, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("match", Messages.Check_match, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("mismatch", Messages.Check_mismatch, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("noCounterpart", Messages.Check_noCounterpart, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("blanked", Messages.Check_blanked, Column.Type.AMOUNT); //$NON-NLS-1$
        List<String> withoutFigures = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        FigureCheck.Shared shared = new FigureCheck.Shared(input.model(), planPeriod, planOrganisation);
        for (Speech speech : speeches) {
            List<Line> lines = lines(speech, new FigureCheck(shared, speech));
            if (lines.isEmpty() && speeches.size() > 1) {
                // a speech declared in a plan file, its text not imported: a row of zeros reads as a check that passed
                withoutFigures.add(label(speech));
                continue;
            }
            listed.add(label(speech));
            Map<FigureCheck.Kind, Integer> counts = new EnumMap<>(FigureCheck.Kind.class);
            for (Line line : lines) {
                figures.row(line.element(), line.cells().toArray(Value[]::new));
                counts.merge(line.kind(), 1, Integer::sum);
            }
            summary.row(speech, Cells.text(label(speech)), Cells.count(lines.size()),
                    Cells.count(counts.getOrDefault(FigureCheck.Kind.MATCH, 0)),
                    Cells.count(counts.getOrDefault(FigureCheck.Kind.MISMATCH, 0)),
                    Cells.count(counts.getOrDefault(FigureCheck.Kind.NO_COUNTERPART, 0)),
                    Cells.count(counts.getOrDefault(FigureCheck.Kind.BLANKED, 0)));
        }
        withoutFigures.removeAll(listed); // declared in a plan file and imported as text: the same speech, listed
        if (!withoutFigures.isEmpty()) {
            summary.note(NLS.bind(Messages.SpeechCheck_withoutFigures, Enumerations.join(withoutFigures)));
        }
        String chosen = parameters.option(SPEECH).map(String::strip).filter(s -> !s.isEmpty()).orElse(Messages.Parameter_all);
        return context.data(ID, Messages.SpeechCheck_title,
                List.of(new ReportData.Parameter(Messages.Parameter_speech, chosen)),
                List.of(summary.build(), figures.build()));
    }

    /** Every speech of the model, or the one whose name or title the option gives. */
    private static List<Speech> speeches(ReportContext context) throws ReportException {
        List<Speech> all = context.model().all(Speech.class);
        Optional<String> wanted = context.parameters().option(SPEECH).map(String::strip).filter(s -> !s.isEmpty());
        if (wanted.isEmpty()) {
            return all;
        }
        List<Speech> chosen = all.stream()
                .filter(s -> wanted.get().equals(s.getName()) || wanted.get().equals(s.getTitle())).toList();
        if (chosen.isEmpty()) {
            throw new ReportException(NLS.bind(Messages.SpeechCheck_unknownSpeech, wanted.get()));
        }
        return chosen;
    }

    static String label(Speech speech) {
        return speech.getTitle() == null || speech.getTitle().isBlank() ? speech.getName() : speech.getTitle();
    }

    /**
     * The speech's figures checked, and the blanked numbers and placeholders the importer flagged: a blanked
     * figure takes the message of the problem on its line; problems without a figure get lines of their own.
     */
    private static List<Line> lines(Speech speech, FigureCheck check) {
        List<ImportProblem> blanks = new ArrayList<>(speech.getProblems().stream()
                .filter(p -> ImportCodes.MISSING_NUMBER.equals(p.getCode()) || ImportCodes.PLACEHOLDER.equals(p.getCode()))
                .toList());
        List<Line> lines = new ArrayList<>();
        for (FigureCitation figure : speech.getFigures()) {
            FigureCheck.Result result = check.check(figure);
            String note = result.note();
            if (result.kind() == FigureCheck.Kind.BLANKED) {
                Optional<ImportProblem> problem = blanks.stream()
                        .filter(p -> ImportCodes.MISSING_NUMBER.equals(p.getCode()) && p.getLine() == figure.getLine())
                        .findFirst();
                if (problem.isPresent()) {
                    blanks.remove(problem.get());
                    note = problem.get().getMessage();
                }
            }
            lines.add(new Line(figure.getLine(), figure.getOffset(), figure, List.of(Cells.text(label(speech)),
                    Cells.count(figure.getLine()), Cells.text(figure.getQuote()),
                    Cells.text(result.indicator() != null ? ReportContext.label(result.indicator()) : figure.getIndicatorName()),
                    Cells.text(result.organisation() != null ? ReportContext.label(result.organisation())
                            : figure.getOrganisationName()),
                    Cells.text(result.period() == null ? null : Periods.label(result.period())),
                    figure.getValue() == null ? new Value.Empty(Messages.Check_blanked)
                            : new Value.Amount(figure.getValue(), figure.getUnit()),
                    Cells.text(figure.getUnit() != Unit.NONE ? figure.getUnit().getLiteral() : figure.getUnitText()),
                    result.model(), Cells.text(result.basis()), result.kind().status(), Cells.text(note)),
                    result.kind()));
        }
        for (ImportProblem problem : blanks) {
            lines.add(new Line(problem.getLine(), problem.getOffset(), problem, List.of(Cells.text(label(speech)),
                    Cells.count(problem.getLine()), Cells.text(context(speech, problem)), Cells.text(null),
                    Cells.text(null), Cells.text(null), new Value.Empty(Messages.Check_blanked), Cells.text(null),
                    new Value.Empty(Messages.Check_blanked), Cells.text(null), FigureCheck.Kind.BLANKED.status(),
                    Cells.text(problem.getMessage())), FigureCheck.Kind.BLANKED));
        }
        lines.sort(Comparator.comparingInt(Line::line).thenComparingInt(Line::offset));
        return lines;
    }

    /** A few characters of the original text around a problem, so that the reader finds the place. */
    private static String context(Speech speech, ImportProblem problem) {
        String text = speech.getOriginalText() != null ? speech.getOriginalText() : speech.getText();
        if (text == null || problem.getOffset() > text.length()) {
            return ""; //$NON-NLS-1$
        }
        int from = Math.max(0, problem.getOffset() - 8);
        int to = Math.min(text.length(), problem.getOffset() + 8);
        return text.substring(from, to).replace('\n', ' ').strip();
    }
}
