/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.measures;

import static podium.model.ModelPackage.Literals.MEASURE__TITLE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Measure;

/** PDM-M001: every measure has a lead unit (牵头单位) that answers for it. */
@Definition(code = IssueCodes.MEASURE_WITHOUT_OWNER, severity = Severity.WARNING, category = Category.MEASURES,
        elements = Measure.class, messages = Texts.FILE)
public final class MeasureWithoutOwner implements Inspection<Measure> {

    @Override
    public void check(Measure measure, InspectionContext context) {
        if (measure.getOwner() == null) {
            context.report(measure, MEASURE__TITLE, measure.getTitle());
        }
    }
}
