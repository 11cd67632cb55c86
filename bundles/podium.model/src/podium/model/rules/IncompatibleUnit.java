/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import podium.core.Severity;
import podium.model.units.Units;

/** PDM-U002: an amount's unit converts into the unit its indicator (or growth rate) is measured in. */
public final class IncompatibleUnit extends AbstractRule<EObject> {

    public IncompatibleUnit() {
        super(EObject.class, "PDM-U002", Severity.ERROR, "Incompatible unit",
                "unit %s cannot be converted to %s, the unit expected here");
    }

    @Override
    public List<Finding> check(EObject element) {
        ExpectedUnit unit = ExpectedUnit.of(element);
        if (unit != null && !unit.compatible() && !unit.percentMixedWithPoints()) {
            return finding(unit.element(), unit.feature(), Units.label(unit.written()), Units.label(unit.expected()));
        }
        return List.of();
    }
}
