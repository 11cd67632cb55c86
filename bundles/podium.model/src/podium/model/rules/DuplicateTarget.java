/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;
import java.util.Objects;

import podium.core.Severity;
import podium.model.ModelPackage;
import podium.model.Target;

/** PDM-T005: one target per indicator, organisation and period within a file. */
public final class DuplicateTarget extends AbstractRule<Target> {

    public DuplicateTarget() {
        super(Target.class, "PDM-T005", Severity.ERROR, "Duplicate target",
                "another target for %s / %s / %s comes earlier in this file");
    }

    @Override
    public List<Finding> check(Target target) {
        if (target.getIndicator() == null || target.getOrganisation() == null) {
            return List.of();
        }
        for (Target other : Scope.siblings(target, Target.class)) {
            if (other == target) {
                return List.of();
            }
            if (other.getIndicator() == target.getIndicator() && other.getOrganisation() == target.getOrganisation()
                    && Objects.equals(other.getPeriod(), target.getPeriod())) {
                return finding(target, ModelPackage.Literals.TARGET__INDICATOR, Names.of(target.getIndicator()),
                        Names.of(target.getOrganisation()), target.getPeriod());
            }
        }
        return List.of();
    }
}
