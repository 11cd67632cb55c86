/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.measures;

import static podium.model.ModelPackage.Literals.MEASURE__COMPLETED;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Measure;
import podium.model.Plan;

/** PDM-M005: a measure is not completed after the plan's as-of date. */
@Definition(code = IssueCodes.COMPLETED_IN_FUTURE, severity = Severity.ERROR, category = Category.MEASURES,
        elements = Measure.class, messages = Texts.FILE)
public final class CompletedInFuture implements Inspection<Measure> {

    @Override
    public void check(Measure measure, InspectionContext context) {
        Plan plan = context.plan();
        if (plan != null && plan.getAsOf() != null && measure.getCompleted() != null
                && measure.getCompleted().isAfter(plan.getAsOf())) {
            context.report(measure, MEASURE__COMPLETED, measure.getCompleted(), plan.getAsOf());
        }
    }
}
