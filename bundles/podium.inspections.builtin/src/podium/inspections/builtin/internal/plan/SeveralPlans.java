/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.plan;

import static podium.model.ModelPackage.Literals.PLAN_ELEMENT__NAME;

import java.util.List;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Facts;
import podium.model.Plan;

/** PDM-P002: a workspace has one plan; reports use the first by file name and every other plan is flagged. */
@Definition(code = IssueCodes.SEVERAL_PLANS, severity = Severity.WARNING, category = Category.PLAN,
        elements = Plan.class, messages = Texts.FILE)
public final class SeveralPlans implements Inspection<Plan> {

    @Override
    public void check(Plan plan, InspectionContext context) {
        List<Plan> plans = Facts.of(context).plans();
        if (plans.size() > 1 && plans.get(0) != plan) {
            context.report(plan, PLAN_ELEMENT__NAME, plans.get(0).getName());
        }
    }
}
