/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import podium.core.Severity;
import podium.model.units.Units;

/** PDM-U001: percent (%) and percentage points (个百分点) never stand for each other. */
public final class PercentMixedWithPoints extends AbstractRule<EObject> {

    public PercentMixedWithPoints() {
        super(EObject.class, "PDM-U001", Severity.ERROR, "Percent mixed with percentage points",
                "%s written where %s is expected: percent and percentage points never mix");
    }

    @Override
    public List<Finding> check(EObject element) {
        ExpectedUnit unit = ExpectedUnit.of(element);
        if (unit != null && unit.percentMixedWithPoints()) {
            return finding(unit.element(), unit.feature(), Units.label(unit.written()), Units.label(unit.expected()));
        }
        return List.of();
    }
}
