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
import podium.model.Unit;

/** PDM-U001: an amount's unit converts into its indicator's unit (万美元 into 亿美元, never 吨). */
@Definition(code = IssueCodes.UNIT_MISMATCH, severity = Severity.ERROR, category = Category.UNITS,
        elements = { Quantity.class, Actual.class }, messages = Texts.FILE)
public final class UnitMismatch implements Inspection<EObject> {

    @Override
    public void check(EObject element, InspectionContext context) {
        WrittenUnit unit = WrittenUnit.of(element);
        if (unit != null && !unit.ratesMixed()) {
            Unit expected = unit.indicator().getUnit();
            context.finding(unit.element(), unit.feature()).data(expected.getLiteral())
                    .report(unit.written().getLiteral(), expected.getLiteral(), unit.indicator().getName());
        }
    }
}
