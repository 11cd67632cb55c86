/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.targets;

import static podium.model.ModelPackage.Literals.QUANTITY__UNIT;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Quantities;
import podium.model.Level;
import podium.model.Target;
import podium.model.Unit;

/** PDM-T007: the levels of a growth target are rates in % (个百分点 or an amount is a mistake). */
@Definition(code = IssueCodes.GROWTH_NOT_PERCENT, severity = Severity.ERROR, category = Category.TARGETS,
        elements = Target.class, messages = Texts.FILE)
public final class GrowthNotPercent implements Inspection<Target> {

    @Override
    public void check(Target target, InspectionContext context) {
        if (!target.isGrowth()) {
            return;
        }
        for (Level level : Quantities.levels(target.getGuarantee(), target.getStrive())) {
            if (level.getUnit() != Unit.NONE && level.getUnit() != Unit.PERCENT) {
                context.report(level, QUANTITY__UNIT);
            }
        }
    }
}
