/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import podium.compute.Progress;
import podium.compute.ProgressStatus;
import podium.compute.StatusBoard;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.model.units.Units;
import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;
import podium.reports.api.Table;
import podium.reports.api.Value;

/**
 * 零进度: per indicator, the units whose cumulative actual is still 0 against a positive target or share
 * (未实现零的突破), and in a table of its own the units that sent no figure at all for the month (no data is not 0).
 */
public final class ZeroProgressReport implements ReportProducer {

    static final String ID = "zero-progress"; //$NON-NLS-1$

    /** The last month before the data month with a figure, and that figure. */
    private record Latest(Month month, Figures.ToDate toDate) {
    }

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) throws ReportException {
        ReportContext context = new ReportContext(input, parameters);
        Month asOf = context.asOf();
        Period period = context.period();
        StatusBoard board = new StatusBoard(input.model());
        Figures figures = new Figures(board.actuals());
        TargetRows targets = TargetRows.of(context, board);
        TargetRows.omitUnusableActuals(context, period);
        Table.Builder zero = levels(Table.builder("zero", Messages.ZeroProgress_zeroTable)) //$NON-NLS-1$
                .column("actual", Messages.Column_actual, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("elapsed", Messages.Column_elapsed, Column.Type.PERCENT); //$NON-NLS-1$
        Table.Builder none = levels(Table.builder("noReport", //$NON-NLS-1$
                NLS.bind(Messages.ZeroProgress_noReportTable, Periods.label(asOf))))
                .column("lastMonth", Messages.Column_lastMonth, Column.Type.TEXT) //$NON-NLS-1$
                .column("lastActual", Messages.Column_lastActual, Column.Type.AMOUNT); //$NON-NLS-1$
        int zeros = 0;
        int missing = 0;
        for (TargetRows.Row row : targets.rows()) {
            Progress p = row.progress();
            if (p.status() == ProgressStatus.ZERO_PROGRESS) {
                zero.row(row.entry().origin(), cells(row, new Value.Amount(p.actual(), p.unit()),
                        new Value.Percent(p.elapsed())));
                targets.noteRollUp(context, row, zero);
                zeros++;
            } else if (p.actual() == null) {
                Latest last = latest(figures, row, period, asOf);
                Value never = new Value.Empty(Messages.Empty_neverReported);
                none.row(row.entry().origin(), cells(row, last == null ? never : Cells.text(Periods.label(last.month())),
                        last == null ? never
                                : new Value.Amount(Units.convert(last.toDate().current(), last.toDate().unit(), p.unit()),
                                        p.unit())));
                missing++;
            }
        }
        // an empty table says why it is empty: nothing to do, not nothing found
        if (zeros == 0) {
            zero.note(Messages.ZeroProgress_noZero);
        }
        none.note(missing == 0 ? NLS.bind(Messages.ZeroProgress_allReported, Periods.label(asOf))
                : Messages.ZeroProgress_noReportNote);
        return context.data(ID, NLS.bind(Messages.ZeroProgress_title, Periods.label(asOf)),
                context.shown(ReportParameters.Kind.AS_OF, ReportParameters.Kind.ORGANISATION,
                        ReportParameters.Kind.INDICATORS),
                List.of(zero.build(), none.build()));
    }

    private static Table.Builder levels(Table.Builder table) {
        return table.column("indicator", Messages.Column_indicator, Column.Type.TEXT) //$NON-NLS-1$
                .column("organisation", Messages.Column_organisation, Column.Type.TEXT) //$NON-NLS-1$
                .column("unit", Messages.Column_unit, Column.Type.TEXT) //$NON-NLS-1$
                .column("guarantee", Messages.Column_guarantee, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("strive", Messages.Column_strive, Column.Type.AMOUNT); //$NON-NLS-1$
    }

    private static Value[] cells(TargetRows.Row row, Value... more) {
        Progress p = row.progress();
        List<Value> cells = new ArrayList<>(List.of(Cells.text(ReportContext.label(row.indicator())),
                Cells.text(ReportContext.label(row.organisation())), Cells.text(p.unit().getLiteral()),
                Cells.amount(p.guarantee(), p.unit(), Messages.Empty_noGuarantee),
                Cells.amount(p.strive(), p.unit(), Messages.Empty_noStrive)));
        cells.addAll(Arrays.asList(more));
        return cells.toArray(Value[]::new);
    }

    /** The latest earlier month of the same year and period with a figure (cumulative figures restart in January). */
    private static Latest latest(Figures figures, TargetRows.Row row, Period period, Month asOf) {
        for (Month m = asOf.previous(); m.year() == asOf.year() && period.contains(m); m = m.previous()) {
            Figures.ToDate toDate = figures.toDate(row.indicator(), row.organisation(), m);
            if (toDate.current() != null) {
                return new Latest(m, toDate);
            }
        }
        return null;
    }
}
