/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.targets;

import static podium.model.ModelPackage.Literals.TARGET__GROWTH;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Quantities;
import podium.model.Target;

/** PDM-T003: a growth target (同比增长 N%) states the base it grows from, or its level cannot be computed. */
@Definition(code = IssueCodes.GROWTH_WITHOUT_BASE, severity = Severity.WARNING, category = Category.TARGETS,
        elements = Target.class, messages = Texts.FILE)
public final class GrowthWithoutBase implements Inspection<Target> {

    @Override
    public void check(Target target, InspectionContext context) {
        if (target.isGrowth() && !Quantities.hasValue(target.getBase())) {
            context.report(target, TARGET__GROWTH);
        }
    }
}
