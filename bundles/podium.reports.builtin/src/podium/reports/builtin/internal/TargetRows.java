/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import podium.compute.ElapsedBasis;
import podium.compute.Progress;
import podium.compute.ResolvedTarget;
import podium.compute.StatusBoard;
import podium.model.Actual;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.model.units.Units;
import podium.reports.api.ReportException;
import podium.reports.api.Table;

/**
 * The targets and decomposition shares a report covers (as {@link StatusBoard#entries} gives them) for the
 * chosen period, indicators and organisations, in indicator then tree order; what cannot be used is omitted.
 */
final class TargetRows {

    /** One usable target or share with its progress as of the data month (elapsed by months, as bulletins count). */
    record Row(StatusBoard.Entry entry, Indicator indicator, Organisation organisation) {

        Progress progress() {
            return entry.progress();
        }
    }

    private final List<Row> all;
    private final List<Row> rows;
    private final Map<Indicator, Set<Organisation>> tasks;

    private TargetRows(List<Row> all, List<Row> rows, Map<Indicator, Set<Organisation>> tasks) {
        this.all = List.copyOf(all);
        this.rows = List.copyOf(rows);
        this.tasks = tasks;
    }

    /** The usable rows of the chosen organisations, in indicator, then tree order. */
    List<Row> rows() {
        return rows;
    }

    /** The usable rows of every organisation (rankings rank a unit among all units of its decomposition). */
    List<Row> allOrganisations() {
        return all;
    }

    /**
     * Of the units a roll-up of {@code parent} found without data, those expected to report: when units below the
     * parent have a target or share for the indicator in the period, only those (a department without an FDI task
     * is not missing); else all of them.
     */
    List<Organisation> expected(Indicator indicator, Organisation parent, List<Organisation> missing) {
        Set<Organisation> withTask = tasks.getOrDefault(indicator, Set.of());
        boolean tasksBelow = withTask.stream().anyMatch(o -> o != parent && EcoreUtil.isAncestor(parent, o));
        return tasksBelow ? missing.stream().filter(withTask::contains).toList() : missing;
    }

    /**
     * Says under the table that a row's actual is summed from its units, naming the units expected to report that
     * did not (also listed as omitted); nothing for an organisation's own actual.
     */
    void noteRollUp(ReportContext context, Row row, Table.Builder table) {
        if (!row.entry().rolledUp()) {
            return;
        }
        String what = NLS.bind(Messages.Omission_what, ReportContext.label(row.organisation()),
                ReportContext.label(row.indicator()));
        List<Organisation> missing = expected(row.indicator(), row.organisation(), row.entry().missing());
        if (missing.isEmpty()) {
            table.note(NLS.bind(Messages.Progress_rolledUp, what));
        } else {
            String names = ReportContext.organisations(missing);
            table.note(NLS.bind(Messages.Progress_rolledUpMissing, what, names));
            context.omit(row.entry().origin(), NLS.bind(Messages.Omission_unitsWithoutData, what, names));
        }
    }

    static TargetRows of(ReportContext context, StatusBoard board) throws ReportException {
        Month asOf = context.asOf();
        Period period = context.period();
        List<Row> all = new ArrayList<>();
        Map<Indicator, Set<Organisation>> tasks = new HashMap<>();
        for (StatusBoard.Entry entry : board.entries(asOf, null, ElapsedBasis.BY_MONTHS)) {
            Target target = entry.progress().target();
            Indicator indicator = target.getIndicator();
            Organisation organisation = target.getOrganisation();
            if (!period.equals(board.periodOf(target, asOf))) {
                continue;
            }
            tasks.computeIfAbsent(indicator, i -> new HashSet<>()).add(organisation);
            if (!ReportContext.resolved(indicator)) {
                context.omit(entry.origin(), Messages.Omission_targetIndicator);
            } else if (!context.includes(indicator)) {
                continue;
            } else if (!ReportContext.resolved(organisation)) {
                context.omit(entry.origin(), NLS.bind(Messages.Omission_targetOrganisation, ReportContext.label(indicator)));
            } else {
                usable(context, board, entry, indicator, organisation).ifPresent(all::add);
            }
        }
        sharesWithoutOrganisation(context, period);
        all.sort(Comparator.<Row>comparingInt(r -> context.order(r.indicator()))
                .thenComparingInt(r -> context.order(r.organisation())));
        return new TargetRows(all, all.stream().filter(r -> context.includes(r.organisation())).toList(), tasks);
    }

    private static Optional<Row> usable(ReportContext context, StatusBoard board, StatusBoard.Entry entry,
            Indicator indicator, Organisation organisation) {
        ResolvedTarget resolved = ResolvedTarget.of(entry.progress().target());
        // what is wrong with other organisations' targets is not this report's business
        ReportContext omissions = context.includes(organisation) ? context : null;
        String what = NLS.bind(Messages.Omission_what, ReportContext.label(organisation), ReportContext.label(indicator));
        Unit actualUnit = board.actuals().series(indicator, organisation).unit();
        String problem;
        if (resolved.problem() != null) {
            problem = resolved.problem();
        } else if (!entry.progress().target().isZero() && resolved.main() == null) {
            problem = Messages.Omission_noLevel;
        } else if (!Units.compatible(actualUnit, resolved.unit())) {
            problem = NLS.bind(Messages.Omission_unitsDiffer, Units.label(resolved.unit()), Units.label(actualUnit));
        } else {
            return Optional.of(new Row(entry, indicator, organisation));
        }
        if (omissions != null) {
            omissions.omit(entry.origin(), NLS.bind(Messages.Omission_targetUnusable, what, problem));
        }
        return Optional.empty();
    }

    /** StatusBoard passes over shares without an organisation; the reader should hear of them. */
    private static void sharesWithoutOrganisation(ReportContext context, Period period) {
        for (Decomposition d : context.model().decompositions()) {
            if (!context.includes(d.getIndicator()) || (d.getPeriod() != null && !d.getPeriod().equals(period))) {
                continue;
            }
            for (Share share : d.getShares()) {
                if (share.getOrganisation() == null) {
                    context.omit(share, NLS.bind(Messages.Omission_shareOrganisation, ReportContext.label(d.getIndicator())));
                }
            }
        }
    }

    /**
     * Omits the actuals the computations cannot read for the chosen indicators and organisations: unresolved
     * references, no month, units that do not convert to the indicator's.
     */
    static void omitUnusableActuals(ReportContext context, Period period) {
        for (Actual actual : context.model().actuals()) {
            Indicator indicator = actual.getIndicator();
            Organisation organisation = actual.getOrganisation();
            if (actual.getMonth() != null && !period.contains(actual.getMonth())) {
                continue;
            }
            if (!ReportContext.resolved(indicator) || !ReportContext.resolved(organisation)) {
                context.omit(actual, Messages.Omission_actualUnresolved);
            } else if (!context.includes(indicator) || !context.includes(organisation)) {
                continue;
            } else if (actual.getMonth() == null) {
                context.omit(actual, Messages.Omission_actualNoMonth);
            } else if (!Units.compatible(Units.effective(actual.getUnit(), indicator), Units.effective(Unit.NONE, indicator))) {
                context.omit(actual, NLS.bind(Messages.Omission_actualUnit, Units.label(actual.getUnit()),
                        Units.label(Units.effective(Unit.NONE, indicator))));
            }
        }
    }
}
