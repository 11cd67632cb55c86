/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.targets;

import static podium.model.ModelPackage.Literals.TARGET__PERIOD;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Facts;
import podium.model.Plan;
import podium.model.Target;
import podium.model.time.Period;

/** PDM-T006: a target's own period lies within the plan's period. */
@Definition(code = IssueCodes.TARGET_OUTSIDE_PLAN, severity = Severity.WARNING, category = Category.TARGETS,
        elements = Target.class, messages = Texts.FILE)
public final class TargetOutsidePlan implements Inspection<Target> {

    @Override
    public void check(Target target, InspectionContext context) {
        Plan plan = Facts.of(context).plan();
        Period period = target.getPeriod();
        if (plan == null || plan.getPeriod() == null || period == null) {
            return;
        }
        if (period.start().isBefore(plan.getPeriod().start()) || period.end().isAfter(plan.getPeriod().end())) {
            context.report(target, TARGET__PERIOD, period, plan.getPeriod());
        }
    }
}
