/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.Decomposition;
import podium.model.ModelPackage;
import podium.model.query.ModelIndex;

/** PDM-D004: a decomposition splits a target that exists, so that it can be checked. */
public final class DecompositionWithoutTarget extends AbstractRule<Decomposition> {

    public DecompositionWithoutTarget() {
        super(Decomposition.class, "PDM-D004", Severity.WARNING, "Decomposition without parent target",
                "no target of %s for %s %s: the decomposition cannot be checked");
    }

    @Override
    public List<Finding> check(Decomposition d) {
        if (d.getIndicator() == null || d.getParent() == null) {
            return List.of();
        }
        if (ModelIndex.of(Scope.model(d)).parentTarget(d).isEmpty()) {
            return finding(d, ModelPackage.Literals.DECOMPOSITION__PARENT, Names.of(d.getParent()),
                    Names.of(d.getIndicator()), d.getPeriod() == null ? "" : d.getPeriod());
        }
        return List.of();
    }
}
