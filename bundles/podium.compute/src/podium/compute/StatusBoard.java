/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.Plan;
import podium.model.Share;
import podium.model.Target;
import podium.model.query.ModelIndex;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;

/**
 * Progress of every target of a model for a data month: the figures behind bulletins (通报), the
 * half-year review and the status views. Besides declared targets it covers the shares of
 * decompositions (a county's task, 任务) that have no target of their own; an organisation without
 * its own actual gets the roll-up of its children's.
 */
public final class StatusBoard {

    /**
     * One line of the board.
     *
     * @param origin  the Target, or the Share of a decomposition the target was derived from
     * @param rolledUp whether the actual is the roll-up of the organisation's children
     * @param missing  for a roll-up, the organisations below without data (left out of the sum)
     */
    public record Entry(EObject origin, Progress progress, boolean rolledUp, List<Organisation> missing) {

        public Entry {
            missing = List.copyOf(missing);
        }
    }

    private record ToDate(BigDecimal value, boolean rolledUp, List<Organisation> missing) {
    }

    private final ModelIndex index;
    private final ActualsTable actuals;
    private final ProgressCalculator calculator;
    private final Period planPeriod;

    public StatusBoard(ModelIndex index) {
        this(index, new ProgressCalculator());
    }

    public StatusBoard(ModelIndex index, ProgressCalculator calculator) {
        this.index = index;
        this.actuals = ActualsTable.of(index.actuals());
        this.calculator = calculator;
        this.planPeriod = index.plan().map(Plan::getPeriod).orElse(null);
    }

    public ActualsTable actuals() {
        return actuals;
    }

    /**
     * Progress of every target with data up to {@code dataMonth}; the elapsed share is counted by
     * {@code basis} (by days it runs to {@code asOf}, or to the end of the data month when asOf is null).
     */
    public List<Progress> compute(Month dataMonth, Day asOf, ElapsedBasis basis) {
        return entries(dataMonth, asOf, basis).stream().map(Entry::progress).toList();
    }

    /** As {@link #compute}, with where each target comes from and how its actual was found. */
    public List<Entry> entries(Month dataMonth, Day asOf, ElapsedBasis basis) {
        List<Entry> result = new ArrayList<>();
        for (Target target : index.targets()) {
            result.add(entry(target, target, dataMonth, asOf, basis));
        }
        for (Decomposition d : index.decompositions()) {
            for (Share share : d.getShares()) {
                if (share.getOrganisation() != null
                        && index.target(d.getIndicator(), share.getOrganisation(), d.getPeriod()).isEmpty()) {
                    result.add(entry(share, targetOf(d, share), dataMonth, asOf, basis));
                }
            }
        }
        return result;
    }

    /** Progress of one target with data up to {@code dataMonth}. */
    public Progress progress(Target target, Month dataMonth, Day asOf, ElapsedBasis basis) {
        return entry(target, target, dataMonth, asOf, basis).progress();
    }

    private Entry entry(EObject origin, Target target, Month dataMonth, Day asOf, ElapsedBasis basis) {
        Period period = periodOf(target, dataMonth);
        ToDate toDate = period.contains(dataMonth) ? toDate(target.getIndicator(), target.getOrganisation(), dataMonth)
                : new ToDate(null, false, List.of());
        BigDecimal elapsed = Schedule.elapsed(period, basis, dataMonth, asOf);
        Progress progress = calculator.compute(target, toDate.value(), actuals.series(target.getIndicator(),
                target.getOrganisation()).unit(), elapsed);
        return new Entry(origin, progress, toDate.rolledUp(), toDate.missing());
    }

    /**
     * The organisation's own actual to date, else the roll-up of its children's, where a child with an
     * actual of its own counts with it (as its own board entry does) rather than with its children's.
     */
    private ToDate toDate(Indicator indicator, Organisation org, Month month) {
        BigDecimal own = actuals.series(indicator, org).toDate(month);
        if (own != null || org == null || org.getChildren().isEmpty()) {
            return new ToDate(own, false, List.of());
        }
        Map<Organisation, RollUp.Value> rolled = RollUp.overTreePreferringOwn(org,
                o -> actuals.series(indicator, o).toDate(month), Aggregations.acrossOrganisations(indicator));
        RollUp.Value value = rolled.get(org);
        return new ToDate(value.value(), value.value() != null, value.value() == null ? List.of() : value.missing());
    }

    /** A detached target carrying a share's levels, so that shares are judged like targets. */
    private static Target targetOf(Decomposition d, Share share) {
        Target target = ModelFactory.eINSTANCE.createTarget();
        target.setIndicator(d.getIndicator());
        target.setOrganisation(share.getOrganisation());
        target.setPeriod(d.getPeriod());
        target.setGuarantee(share.getGuarantee() == null ? null : EcoreUtil.copy(share.getGuarantee()));
        target.setStrive(share.getStrive() == null ? null : EcoreUtil.copy(share.getStrive()));
        return target;
    }

    /** The target's period, else the plan's, else the calendar year of the data month. */
    public Period periodOf(Target target, Month dataMonth) {
        if (target.getPeriod() != null) {
            return target.getPeriod();
        }
        return planPeriod != null ? planPeriod : Period.year(dataMonth.year());
    }
}
