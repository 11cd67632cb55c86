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
import podium.model.MeasureStatus;
import podium.model.Plan;

/** PDM-M002: an open measure past its deadline on the plan's as-of date (a deadline before the plan starts is PDM-M003). */
@Definition(code = IssueCodes.MEASURE_OVERDUE, severity = Severity.INFO, category = Category.MEASURES,
        elements = Measure.class, messages = Texts.FILE)
public final class MeasureOverdue implements Inspection<Measure> {

    @Override
    public void check(Measure measure, InspectionContext context) {
        Plan plan = context.plan();
        boolean closed = measure.getStatus() == MeasureStatus.DONE || measure.getStatus() == MeasureStatus.CANCELLED;
        if (plan == null || plan.getAsOf() == null || measure.getDue() == null || closed
                || DeadlineBeforePlan.applies(measure, plan)) {
            return;
        }
        if (measure.getDue().isBefore(plan.getAsOf())) {
            context.report(measure, MEASURE__DUE, measure.getDue(), plan.getAsOf());
        }
    }
}
