/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;

import org.eclipse.osgi.util.NLS;

import podium.compute.internal.Messages;
import podium.model.Target;
import podium.model.Unit;
import podium.model.units.Units;

/**
 * Completion, gaps and status of a target for an actual to date. A flow target is compared with
 * the time schedule; a stock or ratio target with its level itself; a zero target must stay at 0.
 */
public final class ProgressCalculator {

    private final BigDecimal tolerancePoints;

    /** A calculator that calls a unit on schedule only when the displayed gap is 0.00 points. */
    public ProgressCalculator() {
        this(BigDecimal.ZERO);
    }

    /** A calculator that calls a unit on schedule when the displayed gap is within ± {@code tolerancePoints}. */
    public ProgressCalculator(BigDecimal tolerancePoints) {
        this.tolerancePoints = tolerancePoints.abs();
    }

    /**
     * Progress of {@code target} given the actual to date (cumulative for flows) in {@code actualUnit}
     * and the elapsed fraction (0..1) of its period.
     */
    public Progress compute(Target target, BigDecimal actual, Unit actualUnit, BigDecimal elapsedFraction) {
        return compute(ResolvedTarget.of(target), actual, actualUnit, elapsedFraction);
    }

    /** As {@link #compute(Target, BigDecimal, Unit, BigDecimal)} for a target resolved beforehand. */
    public Progress compute(ResolvedTarget resolved, BigDecimal actual, Unit actualUnit, BigDecimal elapsedFraction) {
        Target target = resolved.target();
        BigDecimal elapsed = resolved.flow() ? Percentages.ofFraction(elapsedFraction) : Percentages.HUNDRED;
        if (resolved.problem() != null) {
            return noData(resolved, elapsed, resolved.problem());
        }
        BigDecimal value = actual;
        if (value != null) {
            Unit from = Units.effective(actualUnit, target.getIndicator());
            if (!Units.compatible(from, resolved.unit())) {
                return noData(resolved, elapsed, NLS.bind(Messages.Progress_actualUnitDiffers, Units.label(from),
                        Units.label(resolved.unit())));
            }
            value = Units.convert(value, from, resolved.unit());
        }
        if (target.isZero()) {
            return zeroTarget(resolved, value, elapsed);
        }
        BigDecimal completionG = Percentages.percent(value, resolved.guarantee());
        BigDecimal completionS = Percentages.percent(value, resolved.strive());
        BigDecimal gapG = Percentages.points(completionG, elapsed);
        BigDecimal gapS = Percentages.points(completionS, elapsed);
        ProgressStatus status = status(resolved, value, resolved.main(), resolved.guarantee() != null ? gapG : gapS);
        ProgressStatus striveStatus = status(resolved, value, resolved.strive(), gapS);
        String note = value == null ? Messages.Progress_noActual : resolved.main() == null ? Messages.Progress_noTargetLevel : null;
        return new Progress(target, resolved.unit(), value, resolved.guarantee(), resolved.strive(), completionG,
                completionS, elapsed, gapG, gapS, status, striveStatus, note);
    }

    private ProgressStatus status(ResolvedTarget resolved, BigDecimal actual, BigDecimal level, BigDecimal gap) {
        if (actual == null || level == null) {
            return ProgressStatus.NO_DATA;
        }
        if (actual.signum() == 0 && !resolved.lowerBetter() && level.signum() > 0) {
            return ProgressStatus.ZERO_PROGRESS;
        }
        if (gap == null) {
            // A level of 0 that is not a zero target: only the comparison with the level itself is meaningful.
            return compare(actual.compareTo(level), resolved.lowerBetter());
        }
        if (gap.abs().compareTo(tolerancePoints) <= 0) {
            return ProgressStatus.ON_SCHEDULE;
        }
        return compare(gap.signum(), resolved.lowerBetter());
    }

    private static ProgressStatus compare(int sign, boolean lowerBetter) {
        int better = lowerBetter ? -sign : sign;
        return better > 0 ? ProgressStatus.AHEAD : better < 0 ? ProgressStatus.BEHIND : ProgressStatus.ON_SCHEDULE;
    }

    private static Progress zeroTarget(ResolvedTarget resolved, BigDecimal actual, BigDecimal elapsed) {
        ProgressStatus status = actual == null ? ProgressStatus.NO_DATA
                : actual.signum() == 0 ? ProgressStatus.ON_SCHEDULE : ProgressStatus.BEHIND;
        return new Progress(resolved.target(), resolved.unit(), actual, BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                elapsed, null, null, status, status, actual == null ? Messages.Progress_noActual : null);
    }

    private static Progress noData(ResolvedTarget resolved, BigDecimal elapsed, String note) {
        return new Progress(resolved.target(), resolved.unit(), null, resolved.guarantee(), resolved.strive(), null,
                null, elapsed, null, null, ProgressStatus.NO_DATA, ProgressStatus.NO_DATA, note);
    }
}
