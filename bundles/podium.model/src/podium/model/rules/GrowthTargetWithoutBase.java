/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.ModelPackage;
import podium.model.Target;

/** PDM-T002: a growth target (同比增长N%) needs the base value it grows from. */
public final class GrowthTargetWithoutBase extends AbstractRule<Target> {

    public GrowthTargetWithoutBase() {
        super(Target.class, "PDM-T002", Severity.ERROR, "Growth target without base",
                "growth target for %s has no base value: completion cannot be computed");
    }

    @Override
    public List<Finding> check(Target target) {
        if (target.isGrowth() && !Amounts.hasValue(target.getBase())) {
            return finding(target, ModelPackage.Literals.TARGET__BASE, Names.of(target.getIndicator()));
        }
        return List.of();
    }
}
