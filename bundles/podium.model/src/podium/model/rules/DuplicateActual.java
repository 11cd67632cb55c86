/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;
import java.util.Objects;

import podium.core.Severity;
import podium.model.Actual;
import podium.model.ModelPackage;

/** PDM-A001: one actual per indicator, organisation, month and basis within a file. */
public final class DuplicateActual extends AbstractRule<Actual> {

    public DuplicateActual() {
        super(Actual.class, "PDM-A001", Severity.ERROR, "Duplicate actual",
                "another %s actual of %s for %s in %s comes earlier in this file");
    }

    @Override
    public List<Finding> check(Actual actual) {
        for (Actual other : Scope.siblings(actual, Actual.class)) {
            if (other == actual) {
                return List.of();
            }
            if (other.getIndicator() == actual.getIndicator() && other.getOrganisation() == actual.getOrganisation()
                    && Objects.equals(other.getMonth(), actual.getMonth()) && other.getBasis() == actual.getBasis()) {
                return finding(actual, ModelPackage.Literals.ACTUAL__MONTH, actual.getBasis().getName().toLowerCase(),
                        Names.of(actual.getIndicator()), Names.of(actual.getOrganisation()), actual.getMonth());
            }
        }
        return List.of();
    }
}
