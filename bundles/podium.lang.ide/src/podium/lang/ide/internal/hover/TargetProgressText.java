/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.hover;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import podium.compute.ActualsTable;
import podium.compute.ElapsedBasis;
import podium.compute.Percentages;
import podium.compute.Progress;
import podium.compute.ProgressCalculator;
import podium.compute.RollUp;
import podium.compute.Schedule;
import podium.compute.Series;
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

    /** Where the figures come from: the organisation's own series or its units' rolled-up series. */
    private record ToDate(Month month, BigDecimal value, String note) {
    }

    public String describe(Target target) {
        Indicator indicator = target.getIndicator();
        Organisation org = target.getOrganisation();
        if (indicator == null || indicator.eIsProxy() || org == null || org.eIsProxy()) {
            return "target";
        }
        workspaceActuals.load(target);
        ModelIndex index = ModelIndex.of(WorkspaceActuals.scopeOf(target));
        Period period = periodOf(target, index);
        StringBuilder text = new StringBuilder("target ").append(indicator.getName()).append(" \u00b7 ")
                .append(org.getName()).append(period == null ? "" : " \u00b7 " + period);
        if (period == null) {
            return text.append("\nno period: write one or declare the plan's").toString();
        }
        ToDate toDate = toDate(ActualsTable.of(index.actuals()), indicator, org, period);
        BigDecimal elapsed = toDate.month() == null ? null
                : Schedule.elapsed(period, ElapsedBasis.BY_MONTHS, toDate.month(), null);
        Progress progress = calculator.compute(target, toDate.value(), Unit.NONE,
                elapsed == null ? BigDecimal.ZERO : elapsed);
        text.append('\n').append(levels(progress));
        if (toDate.month() == null) {
            return text.append("\nno actual yet").toString();
        }
        text.append("\nactual to ").append(toDate.month()).append(": ").append(amount(progress.actual(), progress.unit()))
                .append(toDate.note());
        return text.append(completion(progress)).append("\nstatus: ").append(status(progress)).toString();
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
            return new ToDate(month.orElse(null), month.map(own::toDate).orElse(null), "");
        }
        Month latest = null;
        for (Organisation unit : leaves(org)) {
            Month m = latestIn(table.series(indicator, unit), period).orElse(null);
            latest = m != null && (latest == null || m.isAfter(latest)) ? m : latest;
        }
        if (latest == null) {
            return new ToDate(null, null, "");
        }
        Month at = latest;
        Map<Organisation, RollUp.Value> rolled = RollUp.overTree(org, leaf -> table.series(indicator, leaf).toDate(at),
                indicator.getAggregation());
        RollUp.Value value = rolled.get(org);
        String note = " (rolled up from the units below" + (value.complete() ? ")"
                : "; " + value.missing().size() + " without data)");
        return new ToDate(at, value.value(), note);
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
            return "零 target";
        }
        String guarantee = progress.guarantee() == null ? null : "确保 " + amount(progress.guarantee(), progress.unit());
        String strive = progress.strive() == null ? null : "力争 " + amount(progress.strive(), progress.unit());
        return guarantee == null ? String.valueOf(strive) : strive == null ? guarantee : guarantee + " \u00b7 " + strive;
    }

    private static String completion(Progress progress) {
        if (progress.completionGuarantee() == null && progress.completionStrive() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder("\ncompletion ");
        if (progress.completionGuarantee() != null) {
            text.append(percent(progress.completionGuarantee())).append(" of 确保");
        }
        if (progress.completionStrive() != null) {
            text.append(progress.completionGuarantee() != null ? ", " : "").append(percent(progress.completionStrive()))
                    .append(" of 力争");
        }
        return text.append("; time schedule ").append(percent(progress.elapsed())).toString();
    }

    private static String status(Progress progress) {
        BigDecimal gap = progress.gapGuarantee() != null ? progress.gapGuarantee() : progress.gapStrive();
        String points = gap == null ? "" : " by " + gap.abs().toPlainString() + " percentage points";
        return switch (progress.status()) {
            case AHEAD -> "ahead of schedule (超序时进度)" + points;
            case BEHIND -> "behind schedule (低于序时进度)" + points;
            case ON_SCHEDULE -> "on schedule";
            case ZERO_PROGRESS -> "zero progress (零进度)";
            case NO_DATA -> "no data" + (progress.note() == null ? "" : ": " + progress.note());
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
