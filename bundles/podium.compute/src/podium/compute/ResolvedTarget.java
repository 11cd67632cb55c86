/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;

import org.eclipse.osgi.util.NLS;

import podium.compute.internal.Messages;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Level;
import podium.model.Target;
import podium.model.Unit;
import podium.model.query.Directions;
import podium.model.units.IncompatibleUnitsException;
import podium.model.units.Units;

/**
 * A target's levels as absolute amounts in one unit: a growth target (同比增长 r%) becomes
 * base × (1 + r/100); a level written in another unit of the same dimension is converted.
 *
 * @param guarantee absolute guarantee level, null when absent or unusable
 * @param strive    absolute strive level, null when absent or unusable
 * @param lowerBetter whether less is better, as {@link Directions#lowerIsBetter(Target)} defines it
 * @param problem   why a level could not be resolved, else null
 */
public record ResolvedTarget(Target target, Unit unit, BigDecimal guarantee, BigDecimal strive, boolean lowerBetter,
        boolean flow, String problem) {

    /** Resolves the levels of {@code target}. */
    public static ResolvedTarget of(Target target) {
        Indicator indicator = target.getIndicator();
        boolean lowerBetter = Directions.lowerIsBetter(target);
        boolean flow = indicator == null || indicator.getKind() == IndicatorKind.FLOW;
        if (target.isGrowth()) {
            return growth(target, indicator, lowerBetter, flow);
        }
        Unit unit = unitOf(target, indicator);
        try {
            return new ResolvedTarget(target, unit, absolute(target.getGuarantee(), indicator, unit),
                    absolute(target.getStrive(), indicator, unit), lowerBetter, flow, null);
        } catch (IncompatibleUnitsException e) {
            return new ResolvedTarget(target, unit, null, null, lowerBetter, flow,
                    NLS.bind(Messages.Progress_cannotConvert, Units.label(e.from()), Units.label(e.to())));
        } catch (IllegalArgumentException e) {
            return new ResolvedTarget(target, unit, null, null, lowerBetter, flow, e.getMessage());
        }
    }

    private static ResolvedTarget growth(Target target, Indicator indicator, boolean lowerBetter, boolean flow) {
        if (target.getBase() == null || target.getBase().getValue() == null) {
            return new ResolvedTarget(target, Units.effective(Unit.NONE, indicator), null, null, lowerBetter, flow,
                    Messages.Progress_growthWithoutBase);
        }
        Unit unit = Units.effective(target.getBase().getUnit(), indicator);
        BigDecimal base = target.getBase().getValue();
        return new ResolvedTarget(target, unit, grown(base, target.getGuarantee()), grown(base, target.getStrive()),
                lowerBetter, flow, null);
    }

    private static BigDecimal grown(BigDecimal base, Level rate) {
        if (rate == null || rate.getValue() == null) {
            return null;
        }
        BigDecimal factor = BigDecimal.ONE.add(rate.getValue().divide(Percentages.HUNDRED, Percentages.MATH));
        return base.multiply(factor, Percentages.MATH);
    }

    private static Unit unitOf(Target target, Indicator indicator) {
        Level first = target.getGuarantee() != null ? target.getGuarantee() : target.getStrive();
        return Units.effective(first == null ? Unit.NONE : first.getUnit(), indicator);
    }

    private static BigDecimal absolute(Level level, Indicator indicator, Unit unit) {
        if (level == null || level.getValue() == null) {
            return null;
        }
        return Units.convert(level.getValue(), Units.effective(level.getUnit(), indicator), unit);
    }

    /** The level status is judged against: the guarantee, or the strive level when there is no guarantee. */
    public BigDecimal main() {
        return guarantee != null ? guarantee : strive;
    }
}
