/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.hover;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import podium.compute.ActualsTable;
import podium.compute.ElapsedBasis;
import podium.compute.Percentages;
import podium.compute.Progress;
import podium.compute.ProgressCalculator;
import podium.compute.RollUp;
import podium.compute.Schedule;
import podium.compute.Series;
import podium.lang.ide.internal.Messages;
import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.Plan;
import podium.model.Target;
import podium.model.Unit;
import podium.model.query.ModelIndex;
import podium.model.time.Month;
import podium.model.time.Period;

import com.google.inject.Inject;

/**
 * A target against its latest actual: levels, actual to date, completion, the time schedule and the
 * status, all computed by podium.compute the way bulletins count them (whole months).
 */
public class TargetProgressText {
    @Inject
    private WorkspaceActuals workspaceActuals;

    private final ProgressCalculator calculator = new ProgressCalculator();

    /** Where the figures come from: the organisation's own series (rolledUp null) or its units' rolled-up series. */
    private record ToDate(Month month, BigDecimal value, RollUp.Value rolledUp) {
    }

    public String describe(Target target) {
        Indicator indicator = target.getIndicator();
        Organisation org = target.getOrganisation();
        if (indicator == null || indicator.eIsProxy() || org == null || org.eIsProxy()) {
            return Messages.TargetProgressText_target;
        }
        workspaceActuals.load(target);
        ModelIndex index = ModelIndex.of(WorkspaceActuals.scopeOf(target));
        Period period = periodOf(target, index);
        StringBuilder text = new StringBuilder(
                NLS.bind(Messages.TargetProgressText_heading, indicator.getName(), org.getName()))
                .append(period == null ? "" : " \u00b7 " + period);
        if (period == null) {
            return text.append('\n').append(Messages.TargetProgressText_noPeriod).toString();
        }
        ToDate toDate = toDate(ActualsTable.of(index.actuals()), indicator, org, period);
        BigDecimal elapsed = toDate.month() == null ? null
                : Schedule.elapsed(period, ElapsedBasis.BY_MONTHS, toDate.month(), null);
        Progress progress = calculator.compute(target, toDate.value(), Unit.NONE,
                elapsed == null ? BigDecimal.ZERO : elapsed);
        text.append('\n').append(levels(progress));
        if (toDate.month() == null) {
            return text.append('\n').append(Messages.TargetProgressText_noActual).toString();
        }
        text.append('\n').append(actual(toDate, progress)).append(completion(progress));
        return text.append('\n').append(NLS.bind(Messages.TargetProgressText_status, status(progress))).toString();
    }

    private static Period periodOf(Target target, ModelIndex index) {
        if (target.getPeriod() != null) {
            return target.getPeriod();
        }
        return index.plan().map(Plan::getPeriod).orElse(null);
    }

    private static ToDate toDate(ActualsTable table, Indicator indicator, Organisation org, Period period) {
        Series own = table.series(indicator, org);
        Optional<Month> month = latestIn(own, period);
        if (month.isPresent() || org.getChildren().isEmpty()) {
            return new ToDate(month.orElse(null), month.map(own::toDate).orElse(null), null);
        }
        Month latest = null;
        for (Organisation unit : leaves(org)) {
            Month m = latestIn(table.series(indicator, unit), period).orElse(null);
            latest = m != null && (latest == null || m.isAfter(latest)) ? m : latest;
        }
        if (latest == null) {
            return new ToDate(null, null, null);
        }
        Month at = latest;
        Map<Organisation, RollUp.Value> rolled = RollUp.overTree(org, leaf -> table.series(indicator, leaf).toDate(at),
                indicator.getAggregation());
        RollUp.Value value = rolled.get(org);
        return new ToDate(at, value.value(), value);
    }

    private static Optional<Month> latestIn(Series series, Period period) {
        return series.latestMonth().map(m -> m.isAfter(period.lastMonth()) ? period.lastMonth() : m)
                .filter(period::contains);
    }

    private static Iterable<Organisation> leaves(Organisation org) {
        java.util.List<Organisation> leaves = new java.util.ArrayList<>();
        org.eAllContents().forEachRemaining(o -> {
            if (o instanceof Organisation unit && unit.getChildren().isEmpty()) {
                leaves.add(unit);
            }
        });
        return leaves;
    }

    private static String levels(Progress progress) {
        if (progress.target().isZero()) {
            return Messages.TargetProgressText_zeroTarget;
        }
        String guarantee = progress.guarantee() == null ? null : "确保 " + amount(progress.guarantee(), progress.unit());
        String strive = progress.strive() == null ? null : "力争 " + amount(progress.strive(), progress.unit());
        return guarantee == null ? String.valueOf(strive) : strive == null ? guarantee : guarantee + " \u00b7 " + strive;
    }

    private static String actual(ToDate toDate, Progress progress) {
        String amount = amount(progress.actual(), progress.unit());
        RollUp.Value rolledUp = toDate.rolledUp();
        if (rolledUp == null) {
            return NLS.bind(Messages.TargetProgressText_actual, toDate.month(), amount);
        }
        return rolledUp.complete() ? NLS.bind(Messages.TargetProgressText_actualRolledUp, toDate.month(), amount)
                : NLS.bind(Messages.TargetProgressText_actualRolledUpMissing,
                        new Object[] {toDate.month(), amount, rolledUp.missing().size()});
    }

    private static String completion(Progress progress) {
        BigDecimal guarantee = progress.completionGuarantee();
        BigDecimal strive = progress.completionStrive();
        if (guarantee == null && strive == null) {
            return "";
        }
        String elapsed = percent(progress.elapsed());
        if (guarantee == null) {
            return "\n" + NLS.bind(Messages.TargetProgressText_completionStrive, percent(strive), elapsed);
        } else if (strive == null) {
            return "\n" + NLS.bind(Messages.TargetProgressText_completionGuarantee, percent(guarantee), elapsed);
        }
        return "\n" + NLS.bind(Messages.TargetProgressText_completion,
                new Object[] {percent(guarantee), percent(strive), elapsed});
    }

    private static String status(Progress progress) {
        BigDecimal gap = progress.gapGuarantee() != null ? progress.gapGuarantee() : progress.gapStrive();
        String points = gap == null ? null : gap.abs().toPlainString();
        return switch (progress.status()) {
            case AHEAD -> points == null ? Messages.TargetProgressText_ahead
                    : NLS.bind(Messages.TargetProgressText_aheadBy, points);
            case BEHIND -> points == null ? Messages.TargetProgressText_behind
                    : NLS.bind(Messages.TargetProgressText_behindBy, points);
            case ON_SCHEDULE -> Messages.TargetProgressText_onSchedule;
            case ZERO_PROGRESS -> Messages.TargetProgressText_zeroProgress;
            case NO_DATA -> progress.note() == null ? Messages.TargetProgressText_noData
                    : NLS.bind(Messages.TargetProgressText_noDataBecause, progress.note());
        };
    }

    private static String percent(BigDecimal value) {
        return Percentages.display(value).toPlainString() + "%";
    }

    private static String amount(BigDecimal value, Unit unit) {
        String number = value == null ? "?" : value.stripTrailingZeros().toPlainString();
        return unit == null || unit == Unit.NONE ? number : number + " " + unit.getLiteral();
    }
}
