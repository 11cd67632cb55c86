/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.targets;

import static podium.model.ModelPackage.Literals.TARGET__ZERO;
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

/** PDM-T004: a zero target (零进京, 零发生) states no non-zero level. */
@Definition(code = IssueCodes.ZERO_WITH_LEVELS, severity = Severity.ERROR, category = Category.TARGETS,
        elements = Target.class, messages = Texts.FILE)
public final class ZeroWithLevels implements Inspection<Target> {

    @Override
    public void check(Target target, InspectionContext context) {
        if (!target.isZero()) {
            return;
        }
        for (Level level : Quantities.levels(target.getGuarantee(), target.getStrive())) {
            if (level.getValue() != null && level.getValue().signum() != 0) {
                context.report(target, TARGET__ZERO);
                return;
            }
        }
    }
}
