/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.targets;

import static podium.model.ModelPackage.Literals.TARGET__BASE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Target;

/** PDM-T008: only a growth target has a base. */
@Definition(code = IssueCodes.BASE_WITHOUT_GROWTH, severity = Severity.WARNING, category = Category.TARGETS,
        elements = Target.class, messages = Texts.FILE)
public final class BaseWithoutGrowth implements Inspection<Target> {

    @Override
    public void check(Target target, InspectionContext context) {
        if (!target.isGrowth() && target.getBase() != null) {
            context.report(target, TARGET__BASE);
        }
    }
}
