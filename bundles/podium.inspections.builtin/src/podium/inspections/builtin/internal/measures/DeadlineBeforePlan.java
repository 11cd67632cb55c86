/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.measures;

import static podium.model.ModelPackage.Literals.MEASURE__DUE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Measure;
import podium.model.Plan;

/** PDM-M003: a measure's deadline is not before the plan's period starts. */
@Definition(code = IssueCodes.DEADLINE_BEFORE_PLAN, severity = Severity.ERROR, category = Category.MEASURES,
        elements = Measure.class, messages = Texts.FILE)
public final class DeadlineBeforePlan implements Inspection<Measure> {

    @Override
    public void check(Measure measure, InspectionContext context) {
        Plan plan = context.plan();
        if (plan != null && applies(measure, plan)) {
            context.report(measure, MEASURE__DUE, measure.getDue(), plan.getPeriod().start());
        }
    }

    /** Whether the measure's deadline lies before {@code plan}'s period starts. */
    static boolean applies(Measure measure, Plan plan) {
        return plan.getPeriod() != null && measure.getDue() != null && measure.getDue().isBefore(plan.getPeriod().start());
    }
}
