/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.units;

import org.eclipse.emf.ecore.EObject;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Actual;
import podium.model.Quantity;

/** PDM-U002: percent (%) and percentage points (个百分点) never stand for each other. */
@Definition(code = IssueCodes.PERCENT_VS_POINTS, severity = Severity.ERROR, category = Category.UNITS,
        elements = { Quantity.class, Actual.class }, messages = Texts.FILE)
public final class PercentVsPoints implements Inspection<EObject> {

    @Override
    public void check(EObject element, InspectionContext context) {
        WrittenUnit unit = WrittenUnit.of(element);
        if (unit != null && unit.ratesMixed()) {
            context.report(unit.element(), unit.feature(), unit.written().getLiteral(), unit.indicator().getName(),
                    unit.indicator().getUnit().getLiteral());
        }
    }
}
