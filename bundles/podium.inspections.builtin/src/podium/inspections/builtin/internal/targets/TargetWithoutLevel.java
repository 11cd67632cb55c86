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
import podium.inspections.builtin.internal.Quantities;
import podium.model.Target;

/** PDM-T005: a target states a 确保 or a 力争 level, unless it is a zero target. */
@Definition(code = IssueCodes.TARGET_WITHOUT_LEVEL, severity = Severity.ERROR, category = Category.TARGETS,
        elements = Target.class, messages = Texts.FILE)
public final class TargetWithoutLevel implements Inspection<Target> {

    @Override
    public void check(Target target, InspectionContext context) {
        if (!target.isZero() && !Quantities.hasValue(target.getGuarantee()) && !Quantities.hasValue(target.getStrive())) {
            context.report(target, TARGET__INDICATOR);
        }
    }
}
