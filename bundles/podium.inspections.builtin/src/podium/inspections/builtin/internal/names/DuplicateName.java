/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.names;

import static podium.model.ModelPackage.Literals.PLAN_ELEMENT__NAME;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Facts;
import podium.model.PlanElement;

/** PDM-N001: two elements of the same kind share a (qualified) name anywhere in the workspace. */
@Definition(code = IssueCodes.DUPLICATE_NAME, severity = Severity.ERROR, category = Category.NAMES,
        elements = PlanElement.class, messages = Texts.FILE)
public final class DuplicateName implements Inspection<PlanElement> {

    @Override
    public void check(PlanElement element, InspectionContext context) {
        if (element.getName() == null || element.getName().isEmpty()) {
            return;
        }
        String name = Facts.qualifiedName(element);
        if (Facts.of(context).named(element.eClass(), name).size() > 1) {
            context.report(element, PLAN_ELEMENT__NAME, Texts.kind(element.eClass()), name);
        }
    }
}
