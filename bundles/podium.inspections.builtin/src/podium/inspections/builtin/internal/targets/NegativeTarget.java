/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.targets;

import static podium.model.ModelPackage.Literals.QUANTITY__VALUE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Quantities;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Level;
import podium.model.Target;

/** PDM-T009: a cumulative indicator's level is not negative (a fall is a growth target: 同比增长 -5 %). */
@Definition(code = IssueCodes.NEGATIVE_TARGET, severity = Severity.WARNING, category = Category.TARGETS,
        elements = Target.class, messages = Texts.FILE)
public final class NegativeTarget implements Inspection<Target> {

    @Override
    public void check(Target target, InspectionContext context) {
        Indicator indicator = Quantities.known(target.getIndicator());
        if (target.isGrowth() || indicator == null || indicator.getKind() != IndicatorKind.FLOW) {
            return;
        }
        for (Level level : Quantities.levels(target.getGuarantee(), target.getStrive())) {
            if (level.getValue() != null && level.getValue().signum() < 0) {
                context.report(level, QUANTITY__VALUE, indicator.getName());
            }
        }
    }
}
