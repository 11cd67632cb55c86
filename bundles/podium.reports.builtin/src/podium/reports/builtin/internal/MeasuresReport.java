/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import podium.compute.MeasureAgenda;
import podium.model.Measure;
import podium.model.Organisation;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.reports.api.Block;
import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;
import podium.reports.api.Table;
import podium.reports.api.Tone;
import podium.reports.api.Value;
import podium.core.text.Counts;

/**
 * 措施督办: as of the last day of the data month, the open measures past their deadline (with days overdue), those
 * due within N days (option {@code dueWithinDays}) and those done late, sorted by lead unit (牵头单位); then the
 * counts by lead unit and by responsible leader, the worst first.
 */
public final class MeasuresReport implements ReportProducer {

    static final String ID = "measures"; //$NON-NLS-1$
    static final String DUE_WITHIN_DAYS = "dueWithinDays"; //$NON-NLS-1$

    /** The three groups of the agenda, in reading order. */
    enum Group {
        OVERDUE, DUE_SOON, DONE_LATE;

        Value.Status status() {
            return switch (this) {
                case OVERDUE -> new Value.Status("overdue", Tone.BAD, Messages.Measures_overdue); //$NON-NLS-1$
                case DUE_SOON -> new Value.Status("due-soon", Tone.WARNING, Messages.Measures_dueSoon); //$NON-NLS-1$
                case DONE_LATE -> new Value.Status("done-late", Tone.NEUTRAL, Messages.Measures_doneLate); //$NON-NLS-1$
            };
        }
    }

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) throws ReportException {
        ReportContext context = new ReportContext(input, parameters);
        Month asOf = context.asOf();
        int within = context.option(DUE_WITHIN_DAYS, 30, Messages.Parameter_dueWithinDays);
        Day day = asOf.lastDay();
        MeasureAgenda agenda = MeasureAgenda.of(measures(context, day), day, within);
        Comparator<MeasureAgenda.Item> byOwner = Comparator.comparingInt(i -> context.order(i.measure().getOwner()));
        List<Block> blocks = new ArrayList<>();
        blocks.add(items("overdue", NLS.bind(Messages.Measures_overdueTable, Periods.label(day)), Group.OVERDUE, //$NON-NLS-1$
                Messages.Column_daysOverdue, sorted(agenda.overdue(), byOwner)));
        blocks.add(items("dueSoon", Counts.format(Messages.Measures_dueSoonTable, within, Periods.label(day)), Group.DUE_SOON, //$NON-NLS-1$
                Messages.Column_daysLeft, sorted(agenda.dueSoon(), byOwner)));
        blocks.add(items("doneLate", Messages.Measures_doneLateTable, Group.DONE_LATE, Messages.Column_daysLate, //$NON-NLS-1$
                sorted(agenda.completedLate(), byOwner)));
        blocks.add(counts(context, "byOwner", Messages.Measures_byOwnerTable, Messages.Column_owner, agenda, //$NON-NLS-1$
                Measure::getOwner, context.treeOrder()));
        blocks.add(counts(context, "byLeader", Messages.Measures_byLeaderTable, Messages.Column_responsibleLeader, agenda, //$NON-NLS-1$
                MeasuresReport::leader, (a, b) -> 0));
        List<ReportData.Parameter> shown = context.shown(ReportParameters.Kind.AS_OF, ReportParameters.Kind.ORGANISATION);
        shown.add(new ReportData.Parameter(Messages.Parameter_dueWithinDays, Integer.toString(within)));
        return context.data(ID, NLS.bind(Messages.Measures_title, Periods.label(day)), shown, blocks);
    }

    /**
     * The measures whose lead unit or a co-responsible unit is within the chosen organisations; without a lead
     * unit, or open on the day without a deadline, a measure is left out.
     */
    private static List<Measure> measures(ReportContext context, Day day) {
        List<Measure> measures = new ArrayList<>();
        for (Measure m : context.model().measures()) {
            if (!ReportContext.resolved(m.getOwner())) {
                context.omit(m, NLS.bind(Messages.Omission_measureOwner, title(m)));
            } else if (context.includes(m.getOwner()) || m.getCoOwners().stream().anyMatch(context::includes)) {
                if (m.getDue() == null && MeasureAgenda.isOpenOn(m, day)) {
                    context.omit(m, NLS.bind(Messages.Omission_measureDeadline, title(m)));
                }
                measures.add(m);
            }
        }
        return measures;
    }

    static String title(Measure m) {
        return m.getTitle() == null || m.getTitle().isBlank() ? m.getName() : m.getTitle();
    }

    private static String leader(Measure m) {
        return m.getLeader() == null || m.getLeader().isBlank() ? Messages.Empty_noLeader : m.getLeader().strip();
    }

    /** By lead unit in tree order; within a unit the agenda's order (most days first, or fewest days left). */
    private static List<MeasureAgenda.Item> sorted(List<MeasureAgenda.Item> items, Comparator<MeasureAgenda.Item> byOwner) {
        return items.stream().sorted(byOwner).toList();
    }

    private static Table items(String id, String title, Group group, String daysHeader, List<MeasureAgenda.Item> items) {
        Table.Builder table = Table.builder(id, title)
                .column("measure", Messages.Column_measureTitle, Column.Type.TEXT) //$NON-NLS-1$
                .column("owner", Messages.Column_owner, Column.Type.TEXT) //$NON-NLS-1$
                .column("coOwners", Messages.Column_coOwners, Column.Type.TEXT) //$NON-NLS-1$
                .column("leader", Messages.Column_responsibleLeader, Column.Type.TEXT) //$NON-NLS-1$
                .column("due", Messages.Column_due, Column.Type.TEXT) //$NON-NLS-1$
                .column("completed", Messages.Column_completed, Column.Type.TEXT) //$NON-NLS-1$
                .column("days", daysHeader, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("status", Messages.Column_status, Column.Type.STATUS); //$NON-NLS-1$
        for (MeasureAgenda.Item item : items) {
            Measure m = item.measure();
            table.row(m, Cells.text(title(m)), Cells.text(ReportContext.label(m.getOwner())),
                    Cells.text(ReportContext.organisations(m.getCoOwners().stream().filter(ReportContext::resolved).toList())),
                    m.getLeader() == null || m.getLeader().isBlank() ? new Value.Empty(Messages.Empty_noLeader)
                            : Cells.text(m.getLeader()),
                    Cells.text(m.getDue().toString()),
                    group == Group.DONE_LATE ? Cells.text(m.getCompleted().toString())
                            : new Value.Empty(Messages.Empty_notCompleted),
                    Cells.count(item.days()), group.status());
        }
        return table.build();
    }

    /**
     * Overdue, due-soon and done-late counts per key (a lead unit, a leader): the most overdue first, then the most
     * due soon, then by {@code tieBreak}, then in the order the keys first appear in the model.
     */
    private static <K> Table counts(ReportContext context, String id, String title, String header, MeasureAgenda agenda,
            Function<Measure, K> key, Comparator<? super K> tieBreak) {
        Map<K, long[]> counts = new LinkedHashMap<>();
        List<List<MeasureAgenda.Item>> groups = List.of(agenda.overdue(), agenda.dueSoon(), agenda.completedLate());
        for (Measure m : context.model().measures()) {
            for (int g = 0; g < groups.size(); g++) {
                if (contains(groups.get(g), m)) {
                    counts.computeIfAbsent(key.apply(m), k -> new long[3])[g]++;
                }
            }
        }
        Table.Builder table = Table.builder(id, title).column("group", header, Column.Type.TEXT) //$NON-NLS-1$
                .column("overdue", Messages.Measures_overdue, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("dueSoon", Messages.Measures_dueSoon, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("doneLate", Messages.Measures_doneLate, Column.Type.AMOUNT); //$NON-NLS-1$
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<K, long[]>>comparingLong(e -> -e.getValue()[0])
                        .thenComparingLong(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey, tieBreak))
                .forEach(e -> table.row(e.getKey() instanceof Organisation o ? o : null,
                        Cells.text(e.getKey() instanceof Organisation o ? ReportContext.label(o) : e.getKey().toString()),
                        Cells.count(e.getValue()[0]), Cells.count(e.getValue()[1]), Cells.count(e.getValue()[2])));
        return table.build();
    }

    private static boolean contains(List<MeasureAgenda.Item> items, Measure m) {
        return items.stream().anyMatch(i -> i.measure() == m);
    }
}
