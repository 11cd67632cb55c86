/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.math.BigDecimal;
import java.util.List;

import podium.core.Severity;
import podium.model.Direction;
import podium.model.Indicator;
import podium.model.ModelPackage;
import podium.model.Target;
import podium.model.Unit;

/** PDM-T001: the strive level (力争) must be at least as ambitious as the guarantee level (确保). */
public final class GuaranteeBeyondStrive extends AbstractRule<Target> {

    public GuaranteeBeyondStrive() {
        super(Target.class, "PDM-T001", Severity.ERROR, "Guarantee beyond strive",
                "guarantee (确保) %s is more ambitious than strive (力争) %s");
    }

    @Override
    public List<Finding> check(Target target) {
        Indicator indicator = target.getIndicator();
        if (!Amounts.hasValue(target.getGuarantee()) || !Amounts.hasValue(target.getStrive())) {
            return List.of();
        }
        Unit unit = Amounts.unit(target.getStrive(), indicator);
        BigDecimal guarantee = Amounts.in(target.getGuarantee(), indicator, unit);
        BigDecimal strive = target.getStrive().getValue();
        if (guarantee == null) {
            return List.of();
        }
        boolean lowerBetter = indicator != null && indicator.getDirection() == Direction.LOWER_BETTER;
        int cmp = guarantee.compareTo(strive);
        if (lowerBetter ? cmp < 0 : cmp > 0) {
            return finding(target, ModelPackage.Literals.TARGET__STRIVE,
                    Amounts.show(target.getGuarantee(), indicator), Amounts.show(target.getStrive(), indicator));
        }
        return List.of();
    }
}
