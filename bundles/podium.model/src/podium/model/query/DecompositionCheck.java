/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.Level;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.units.Units;

/**
 * The sum of a decomposition's shares against its parent target, per level, in the parent's unit;
 * mismatch = shares - parent (positive: over-allocated), null when a side is missing.
 *
 * @param incompatible shares whose unit does not convert to the parent's and were left out of the sums
 */
public record DecompositionCheck(Decomposition decomposition, Target parent, Unit unit,
        BigDecimal parentGuarantee, BigDecimal sharesGuarantee, BigDecimal parentStrive, BigDecimal sharesStrive,
        List<Share> incompatible) {

    public DecompositionCheck {
        incompatible = List.copyOf(incompatible);
    }

    /** Checks {@code decomposition} against its parent target found in {@code index} (may be absent). */
    public static DecompositionCheck of(Decomposition decomposition, ModelIndex index) {
        return of(decomposition, index.parentTarget(decomposition).orElse(null));
    }

    /** Checks {@code decomposition} against {@code parent}, the target it splits as found by the caller (may be null). */
    public static DecompositionCheck of(Decomposition decomposition, Target parent) {
        Indicator indicator = decomposition.getIndicator();
        Unit unit = unitOf(parent, indicator);
        List<Share> incompatible = new ArrayList<>();
        BigDecimal guarantee = sum(decomposition, Share::getGuarantee, indicator, unit, incompatible);
        BigDecimal strive = sum(decomposition, Share::getStrive, indicator, unit, incompatible);
        return new DecompositionCheck(decomposition, parent, unit, level(parent == null ? null : parent.getGuarantee(),
                indicator, unit), guarantee, level(parent == null ? null : parent.getStrive(), indicator, unit),
                strive, incompatible.stream().distinct().toList());
    }

    public BigDecimal guaranteeMismatch() {
        return difference(sharesGuarantee, parentGuarantee);
    }

    public BigDecimal striveMismatch() {
        return difference(sharesStrive, parentStrive);
    }

    /** True when every level present on both sides adds up exactly and no share was left out. */
    public boolean matches() {
        return isZeroOrNull(guaranteeMismatch()) && isZeroOrNull(striveMismatch()) && incompatible.isEmpty();
    }

    private static boolean isZeroOrNull(BigDecimal value) {
        return value == null || value.signum() == 0;
    }

    private static BigDecimal difference(BigDecimal shares, BigDecimal parent) {
        return shares == null || parent == null ? null : shares.subtract(parent);
    }

    private static Unit unitOf(Target parent, Indicator indicator) {
        if (parent != null && parent.getGuarantee() != null && parent.getGuarantee().getUnit() != Unit.NONE) {
            return parent.getGuarantee().getUnit();
        }
        return Units.effective(Unit.NONE, indicator);
    }

    private static BigDecimal level(Level level, Indicator indicator, Unit unit) {
        if (level == null || level.getValue() == null) {
            return null;
        }
        Unit from = Units.effective(level.getUnit(), indicator);
        return Units.compatible(from, unit) ? Units.convert(level.getValue(), from, unit) : null;
    }

    private static BigDecimal sum(Decomposition d, Function<Share, Level> level, Indicator indicator, Unit unit,
            List<Share> incompatible) {
        BigDecimal total = null;
        for (Share share : d.getShares()) {
            Level l = level.apply(share);
            if (l == null || l.getValue() == null) {
                continue;
            }
            Unit from = Units.effective(l.getUnit(), indicator);
            if (!Units.compatible(from, unit)) {
                incompatible.add(share);
                continue;
            }
            BigDecimal value = Units.convert(l.getValue(), from, unit);
            total = total == null ? value : total.add(value);
        }
        return total;
    }
}
