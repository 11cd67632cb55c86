/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import podium.compute.Percentages;
import podium.compute.Progress;
import podium.compute.StatusBoard;
import podium.model.Indicator;
import podium.model.Unit;
import podium.model.time.Month;
import podium.reports.api.Block;
import podium.reports.api.Chart;
import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;
import podium.reports.api.Table;
import podium.reports.api.Value;
import podium.reports.api.format.Statuses;

/**
 * 目标进度: one row per organisation and indicator target (declared targets and decomposition shares), with
 * 确保/力争, actual to date, completion against both, 序时进度, the gap in 个百分点, growth and status; a
 * completion chart per indicator with the time schedule as a marker.
 */
public final class ProgressReport implements ReportProducer {

    static final String ID = "progress"; //$NON-NLS-1$

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) throws ReportException {
        ReportContext context = new ReportContext(input, parameters);
        Month asOf = context.asOf();
        StatusBoard board = new StatusBoard(input.model());
        Figures figures = new Figures(board.actuals());
        TargetRows targets = TargetRows.of(context, board);
        TargetRows.omitUnusableActuals(context, context.period());
        Table.Builder table = columns(Table.builder("progress", Messages.Progress_table)); //$NON-NLS-1$
        Map<Indicator, List<TargetRows.Row>> byIndicator = new LinkedHashMap<>();
        for (TargetRows.Row row : targets.rows()) {
            Progress p = row.progress();
            Figures.ToDate toDate = figures.toDate(row.indicator(), row.organisation(), asOf);
            table.row(row.entry().origin(), Cells.text(ReportContext.label(row.indicator())),
                    Cells.text(ReportContext.label(row.organisation())), Cells.text(p.unit().getLiteral()),
                    Cells.amount(p.guarantee(), p.unit(), Messages.Empty_noGuarantee),
                    Cells.amount(p.strive(), p.unit(), Messages.Empty_noStrive),
                    Cells.amount(p.actual(), p.unit(), p.note() == null ? Messages.Empty_noActual : p.note()),
                    Cells.percent(p.completionGuarantee(), whyNoCompletion(p, p.guarantee(), Messages.Empty_noGuarantee)),
                    Cells.percent(p.completionStrive(), whyNoCompletion(p, p.strive(), Messages.Empty_noStrive)),
                    new Value.Percent(p.elapsed()),
                    Cells.points(p.gapGuarantee(), whyNoCompletion(p, p.guarantee(), Messages.Empty_noGuarantee)),
                    Figures.growth(row.indicator(), toDate), Statuses.of(p.status()));
            targets.noteRollUp(context, row, table);
            byIndicator.computeIfAbsent(row.indicator(), i -> new ArrayList<>()).add(row);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(table.build());
        for (Map.Entry<Indicator, List<TargetRows.Row>> e : byIndicator.entrySet()) {
            chart(e.getKey(), e.getValue(), blocks.size()).ifPresent(blocks::add);
        }
        return context.data(ID, NLS.bind(Messages.Progress_title, Periods.label(asOf)),
                context.shown(ReportParameters.Kind.AS_OF, ReportParameters.Kind.PERIOD,
                        ReportParameters.Kind.ORGANISATION, ReportParameters.Kind.INDICATORS),
                blocks);
    }

    private static Table.Builder columns(Table.Builder table) {
        return table.column("indicator", Messages.Column_indicator, Column.Type.TEXT) //$NON-NLS-1$
                .column("organisation", Messages.Column_organisation, Column.Type.TEXT) //$NON-NLS-1$
                .column("unit", Messages.Column_unit, Column.Type.TEXT) //$NON-NLS-1$
                .column("guarantee", Messages.Column_guarantee, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("strive", Messages.Column_strive, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("actual", Messages.Column_actual, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("completionGuarantee", Messages.Column_completionGuarantee, Column.Type.PERCENT) //$NON-NLS-1$
                .column("completionStrive", Messages.Column_completionStrive, Column.Type.PERCENT) //$NON-NLS-1$
                .column("elapsed", Messages.Column_elapsed, Column.Type.PERCENT) //$NON-NLS-1$
                .column("gap", Messages.Column_gap, Column.Type.POINTS) //$NON-NLS-1$
                .column("yoy", Messages.Column_yoy, Column.Type.PERCENT) //$NON-NLS-1$
                .column("status", Messages.Column_status, Column.Type.STATUS); //$NON-NLS-1$
    }

    /** Why there is no completion against {@code level}: a zero target, no such level, no actual, a level of 0. */
    static String whyNoCompletion(Progress p, BigDecimal level, String noLevel) {
        if (p.target().isZero()) {
            return Messages.Empty_zeroTarget;
        } else if (level == null) {
            return noLevel;
        } else if (p.actual() == null) {
            return p.note() == null ? Messages.Empty_noActual : p.note();
        }
        return Messages.Empty_levelZero;
    }

    /** Completion against the guarantee per organisation, with 序时进度 as a marker; none without any completion. */
    private static Optional<Chart> chart(Indicator indicator, List<TargetRows.Row> rows, int number) {
        List<String> categories = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (TargetRows.Row row : rows) {
            categories.add(ReportContext.label(row.organisation()));
            values.add(Percentages.display(row.progress().completionGuarantee()));
        }
        if (values.stream().allMatch(v -> v == null)) {
            return Optional.empty();
        }
        Chart.Marker schedule = new Chart.Marker(Messages.Column_elapsed,
                Percentages.display(rows.get(0).progress().elapsed()));
        return Optional.of(new Chart("completion-" + number, //$NON-NLS-1$
                NLS.bind(Messages.Progress_chart, ReportContext.label(indicator)), Chart.Kind.PROGRESS, categories,
                List.of(new Chart.Series(Messages.Column_completionGuarantee, values)), Unit.PERCENT,
                List.of(schedule)));
    }
}
