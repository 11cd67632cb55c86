/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.Actual;
import podium.model.ModelPackage;

/** PDM-A003: an actual states its value; an empty one counts as "no data", not as zero. */
public final class ActualWithoutValue extends AbstractRule<Actual> {

    public ActualWithoutValue() {
        super(Actual.class, "PDM-A003", Severity.WARNING, "Actual without value",
                "actual of %s for %s in %s has no value and counts as no data");
    }

    @Override
    public List<Finding> check(Actual actual) {
        if (actual.getValue() == null) {
            return finding(actual, ModelPackage.Literals.ACTUAL__VALUE, Names.of(actual.getIndicator()),
                    Names.of(actual.getOrganisation()), actual.getMonth());
        }
        return List.of();
    }
}
