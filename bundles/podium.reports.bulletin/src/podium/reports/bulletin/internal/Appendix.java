/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

import podium.model.Organisation;
import podium.model.Unit;
import podium.reports.api.Column;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;
import podium.reports.bulletin.Bulletin;
import podium.reports.bulletin.IndicatorFigures;
import podium.reports.bulletin.UnitFigures;

/**
 * The bulletin's appendix table (附表): one row per unit and, per indicator, 完成额, 完成率 and 增幅 each
 * with the unit's rank in brackets, then the total; notes under it say what every "-" means and why a
 * total differs from the sum of the amounts shown above it.
 */
public final class Appendix {

    /** The table's id. */
    public static final String ID = "appendix"; //$NON-NLS-1$

    private final BulletinBuilder.Result result;
    private final Formats formats = Formats.chinese();

    public Appendix(BulletinBuilder.Result result) {
        this.result = result;
    }

    /** The table, titled {@code title} (null: 附表：{年}年{1-m月}各{县市区}{指标}完成情况). */
    public Table table(String title) {
        Bulletin b = result.bulletin();
        Table.Builder table = Table.builder(ID, title != null ? title
                : NLS.bind(Document.Table_title, new Object[] {Integer.toString(b.year()), b.span(), b.unitsWord(), b.subject()}));
        table.column("unit", Document.Column_unit, Column.Type.TEXT); //$NON-NLS-1$
        for (MonthFigures.Part part : result.parts()) {
            IndicatorFigures f = part.figures();
            table.column(f.code() + ".amount", f.unit() == Unit.NONE ? NLS.bind(Document.Column_amountNoUnit, f.title()) //$NON-NLS-1$
                    : NLS.bind(Document.Column_amount, f.title(), f.unit().getLiteral()), Column.Type.AMOUNT);
            table.column(f.code() + ".completion", NLS.bind(Document.Column_completion, f.title()), Column.Type.PERCENT); //$NON-NLS-1$
            table.column(f.code() + ".growth", NLS.bind(Document.Column_growth, f.title()), Column.Type.PERCENT); //$NON-NLS-1$
        }
        for (Organisation org : result.rows()) {
            List<Value> cells = new ArrayList<>();
            cells.add(new Value.Text(MonthFigures.nameOf(org)));
            for (MonthFigures.Part part : result.parts()) {
                cells.addAll(unitCells(part, part.byUnit().get(org)));
            }
            table.row(org, cells.toArray(Value[]::new));
        }
        List<Value> total = new ArrayList<>();
        total.add(new Value.Text(Document.Row_total));
        result.parts().forEach(part -> total.addAll(totalCells(part.figures())));
        table.row(Row.Kind.TOTAL, result.root(), total.toArray(Value[]::new));
        notes().forEach(table::note);
        return table.build();
    }

    private static List<Value> unitCells(MonthFigures.Part part, UnitFigures u) {
        if (u == null || u.target() == null) {
            Value none = new Value.Empty(Document.Empty_noTarget);
            return List.of(none, none, none);
        }
        if (u.actual() == null) {
            Value none = new Value.Empty(Document.Empty_noReport);
            return List.of(none, none, none);
        }
        List<UnitFigures> units = part.figures().units();
        return List.of(
                ranked(new Value.Amount(u.actual(), part.figures().unit()), u.amountRank(), units, UnitFigures::amountRank),
                u.completion() == null ? new Value.Empty(Document.Empty_noCompletion)
                        : ranked(new Value.Percent(u.completion()), u.completionRank(), units, UnitFigures::completionRank),
                u.growth() == null ? new Value.Empty(Document.Empty_noBase, Value.Empty.Kind.NO_BASE)
                        : ranked(new Value.Percent(u.growth()), u.growthRank(), units, UnitFigures::growthRank));
    }

    /** A value with its rank among the units ranked by the same measure. */
    private static Value ranked(Value value, Integer rank, List<UnitFigures> units,
            Function<UnitFigures, Integer> measure) {
        int ranked = (int) units.stream().filter(u -> measure.apply(u) != null).count();
        return new Value.Ranked(value, new Value.Rank(rank, ranked));
    }

    private static List<Value> totalCells(IndicatorFigures f) {
        UnitFigures t = f.total();
        return List.of(t.actual() == null ? new Value.Empty(Document.Empty_noReport) : new Value.Amount(t.actual(), f.unit()),
                t.completion() == null ? new Value.Empty(Document.Empty_noCompletion) : new Value.Percent(t.completion()),
                t.growth() == null ? new Value.Empty(Document.Empty_noBase, Value.Empty.Kind.NO_BASE) : new Value.Percent(t.growth()));
    }

    /** 括号内数字为位次, then per indicator what its "-" mean and how its total relates to the rows. */
    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (result.parts().stream().anyMatch(p -> p.byUnit().values().stream().anyMatch(u -> u.actual() != null))) {
            notes.add(Document.Note_ranks);
        }
        for (MonthFigures.Part part : result.parts()) {
            IndicatorFigures f = part.figures();
            String withoutTarget = rowNames(o -> !part.byUnit().containsKey(o) || part.byUnit().get(o).target() == null);
            if (!withoutTarget.isEmpty()) {
                notes.add(NLS.bind(Document.Note_noTarget, f.title(), withoutTarget));
            }
            if (!f.noReport().isEmpty()) {
                notes.add(NLS.bind(Document.Note_noReport, new Object[] {f.title(), MonthFigures.names(f.noReport()),
                        part.totalReported() ? "" : Document.Note_noReportExcluded})); //$NON-NLS-1$
            }
            List<UnitFigures> noCompletion = f.units().stream().filter(u -> u.actual() != null && u.completion() == null).toList();
            if (!noCompletion.isEmpty()) {
                notes.add(NLS.bind(Document.Note_noCompletion, f.title(), MonthFigures.names(noCompletion)));
            }
            List<UnitFigures> noBase = f.units().stream().filter(u -> u.actual() != null && u.growth() == null).toList();
            if (!noBase.isEmpty()) {
                notes.add(NLS.bind(Document.Note_noBase, f.title(), MonthFigures.names(noBase)));
            }
            totalNote(part).ifPresent(notes::add);
        }
        return notes;
    }

    /** The unit directly below the jurisdiction that {@code org} belongs to (itself when it is one). */
    private Organisation rowOf(Organisation org) {
        Organisation row = org;
        while (row.eContainer() instanceof Organisation parent && parent != result.root()) {
            row = parent;
        }
        return row;
    }

    private String rowNames(Predicate<Organisation> test) {
        return String.join(Document.Words_list, result.rows().stream().filter(test).map(MonthFigures::nameOf).toList());
    }

    /**
     * Why the total shown differs from the sum of the amounts shown above it, if it does and some are
     * shown: the jurisdiction's own statistics, figures of organisations without a cell, or rounding.
     */
    private Optional<String> totalNote(MonthFigures.Part part) {
        IndicatorFigures f = part.figures();
        if (f.total().actual() == null) {
            return Optional.empty();
        }
        BigDecimal shownSum = BigDecimal.ZERO;
        BigDecimal exactSum = BigDecimal.ZERO;
        int shownUnits = 0;
        for (UnitFigures u : f.units()) {
            if (u.target() != null && u.actual() != null) {
                shownSum = shownSum.add(MonthFigures.shown(u.actual()));
                exactSum = exactSum.add(u.actual());
                shownUnits++;
            }
        }
        BigDecimal shownTotal = MonthFigures.shown(f.total().actual());
        if (shownUnits == 0 || shownTotal.compareTo(shownSum) == 0) {
            // nothing shown above the total (no unit reported): the notes on the "-" say why
            return Optional.empty();
        }
        String difference = formats.number(shownTotal.subtract(shownSum));
        if (part.totalReported()) {
            return Optional.of(NLS.bind(Document.Note_own, new Object[] {f.title(), result.bulletin().scope(),
                    result.bulletin().unitsWord(), formats.number(shownSum), difference}));
        }
        List<String> outside = new ArrayList<>();
        BigDecimal outsideSum = BigDecimal.ZERO;
        for (Map.Entry<Organisation, BigDecimal> c : part.contributors().entrySet()) {
            UnitFigures shown = part.byUnit().get(rowOf(c.getKey()));
            if (shown == null || shown.target() == null || shown.actual() == null) {
                outside.add(MonthFigures.nameOf(c.getKey()));
                outsideSum = outsideSum.add(c.getValue());
            }
        }
        if (!outside.isEmpty() && exactSum.add(outsideSum).compareTo(f.total().actual()) == 0) {
            return Optional.of(NLS.bind(Document.Note_outside, new Object[] {f.title(),
                    String.join(Document.Words_list, outside), formats.amount(outsideSum, f.unit())}));
        }
        return Optional.of(NLS.bind(Document.Note_rounding, new Object[] {f.title(), result.bulletin().unitsWord(),
                formats.number(shownSum), difference}));
    }
}
