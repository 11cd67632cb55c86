/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.ModelPackage;
import podium.model.Target;

/** PDM-T003: a target states a guarantee or a strive level, unless it is a zero target. */
public final class TargetWithoutLevel extends AbstractRule<Target> {

    public TargetWithoutLevel() {
        super(Target.class, "PDM-T003", Severity.ERROR, "Target without level",
                "target for %s / %s has neither a guarantee (确保) nor a strive (力争) level");
    }

    @Override
    public List<Finding> check(Target target) {
        if (!target.isZero() && !Amounts.hasValue(target.getGuarantee()) && !Amounts.hasValue(target.getStrive())) {
            return finding(target, ModelPackage.Literals.TARGET__GUARANTEE,
                    Names.of(target.getIndicator()), Names.of(target.getOrganisation()));
        }
        return List.of();
    }
}
