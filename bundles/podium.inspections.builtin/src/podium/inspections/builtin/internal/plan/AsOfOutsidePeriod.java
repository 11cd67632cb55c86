/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.plan;

import static podium.model.ModelPackage.Literals.PLAN__AS_OF;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Plan;

/** PDM-P001: the plan's as-of date lies within its period. */
@Definition(code = IssueCodes.AS_OF_OUTSIDE_PERIOD, severity = Severity.WARNING, category = Category.PLAN,
        elements = Plan.class, messages = Texts.FILE)
public final class AsOfOutsidePeriod implements Inspection<Plan> {

    @Override
    public void check(Plan plan, InspectionContext context) {
        if (plan.getPeriod() != null && plan.getAsOf() != null && !plan.getPeriod().contains(plan.getAsOf())) {
            context.report(plan, PLAN__AS_OF, plan.getAsOf(), plan.getPeriod());
        }
    }
}
