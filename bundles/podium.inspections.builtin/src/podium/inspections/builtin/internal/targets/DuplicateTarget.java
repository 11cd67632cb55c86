/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.targets;

import static podium.model.ModelPackage.Literals.TARGET__INDICATOR;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Facts;
import podium.model.Target;
import podium.model.time.Period;

/** PDM-T002: one target per indicator, organisation and period in the whole workspace. */
@Definition(code = IssueCodes.DUPLICATE_TARGET, severity = Severity.ERROR, category = Category.TARGETS,
        elements = Target.class, messages = Texts.FILE)
public final class DuplicateTarget implements Inspection<Target> {

    @Override
    public void check(Target target, InspectionContext context) {
        Facts facts = Facts.of(context);
        Period period = facts.periodOf(target);
        if (target.getIndicator() == null || target.getOrganisation() == null || period == null) {
            return;
        }
        if (facts.targets(new Facts.TargetKey(target.getIndicator(), target.getOrganisation(), period)).size() > 1) {
            context.report(target, TARGET__INDICATOR, target.getIndicator().getName(), target.getOrganisation().getName(),
                    period);
        }
    }
}
