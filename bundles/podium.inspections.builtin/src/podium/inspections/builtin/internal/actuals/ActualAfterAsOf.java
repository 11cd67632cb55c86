/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.actuals;

import static podium.model.ModelPackage.Literals.ACTUAL__MONTH;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Actual;
import podium.model.Plan;

/** PDM-A004: an actual's month is not after the plan's as-of date (figures from the future are typos). */
@Definition(code = IssueCodes.ACTUAL_AFTER_AS_OF, severity = Severity.WARNING, category = Category.ACTUALS,
        elements = Actual.class, messages = Texts.FILE)
public final class ActualAfterAsOf implements Inspection<Actual> {

    @Override
    public void check(Actual actual, InspectionContext context) {
        Plan plan = context.plan();
        if (plan == null || plan.getAsOf() == null || actual.getMonth() == null
                || plan.getPeriod() != null && !plan.getPeriod().contains(actual.getMonth())) {
            return; // outside the period altogether: PDM-A001
        }
        if (actual.getMonth().isAfter(plan.getAsOf().month())) {
            context.report(actual, ACTUAL__MONTH, actual.getMonth(), plan.getAsOf());
        }
    }
}
