/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.decompositions;

import static podium.model.ModelPackage.Literals.DECOMPOSITION__SHARES;

import java.math.BigDecimal;
import java.util.function.Function;

import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.internal.Quantities;
import podium.inspections.builtin.internal.Splits;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.Level;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.query.DecompositionCheck;
import podium.model.units.Units;

/**
 * The shares of one level (确保 or 力争) add up to the parent target's level, compared by
 * {@link DecompositionCheck} in the parent's unit. Checked only when every share states that level in a
 * unit that converts (a partial split is not wrong), and not for growth targets (rates do not add up).
 */
abstract class SharesSum implements Inspection<Decomposition> {

    /** One level of a split: its word, each share's level, and what {@link DecompositionCheck} finds for it. */
    record Side(String word, Function<Share, Level> level, Function<DecompositionCheck, BigDecimal> mismatch,
            Function<DecompositionCheck, BigDecimal> shares, Function<DecompositionCheck, BigDecimal> parent) {
        static final Side GUARANTEE = new Side("确保", Share::getGuarantee, DecompositionCheck::guaranteeMismatch, //$NON-NLS-1$
                DecompositionCheck::sharesGuarantee, DecompositionCheck::parentGuarantee);
        static final Side STRIVE = new Side("力争", Share::getStrive, DecompositionCheck::striveMismatch, //$NON-NLS-1$
                DecompositionCheck::sharesStrive, DecompositionCheck::parentStrive);
    }

    private final Side side;

    SharesSum(Side side) {
        this.side = side;
    }

    @Override
    public final void check(Decomposition split, InspectionContext context) {
        Target parent = Splits.parentTarget(split, context);
        if (parent == null || parent.isGrowth() || split.getShares().isEmpty() || !everyShareStatesItsLevel(split, parent)) {
            return;
        }
        DecompositionCheck check = DecompositionCheck.of(split, parent);
        BigDecimal mismatch = side.mismatch().apply(check);
        if (mismatch != null && mismatch.signum() != 0) {
            String unit = check.unit().getLiteral();
            String off = Quantities.plain(mismatch);
            context.finding(split, DECOMPOSITION__SHARES).data(off, unit).report(side.word(),
                    Quantities.plain(side.shares().apply(check)), Quantities.plain(side.parent().apply(check)), unit, (mismatch.signum() > 0 ? "+" : "") + off); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private boolean everyShareStatesItsLevel(Decomposition split, Target parent) {
        Indicator indicator = split.getIndicator();
        Unit unit = Quantities.unit(parent.getGuarantee() != null ? parent.getGuarantee() : parent.getStrive(), indicator);
        for (Share share : split.getShares()) {
            Level own = side.level().apply(share);
            if (!Quantities.hasValue(own) || !Units.compatible(Quantities.unit(own, indicator), unit)) {
                return false;
            }
        }
        return true;
    }
}
