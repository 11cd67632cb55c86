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

/** PDM-A001: an actual's month lies within the plan's period. */
@Definition(code = IssueCodes.ACTUAL_OUTSIDE_PERIOD, severity = Severity.ERROR, category = Category.ACTUALS,
        elements = Actual.class, messages = Texts.FILE)
public final class ActualOutsidePeriod implements Inspection<Actual> {

    @Override
    public void check(Actual actual, InspectionContext context) {
        Plan plan = context.plan();
        if (plan != null && plan.getPeriod() != null && actual.getMonth() != null
                && !plan.getPeriod().contains(actual.getMonth())) {
            context.report(actual, ACTUAL__MONTH, actual.getMonth(), plan.getPeriod());
        }
    }
}
