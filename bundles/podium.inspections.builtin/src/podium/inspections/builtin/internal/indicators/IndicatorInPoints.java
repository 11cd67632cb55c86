/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.indicators;

import static podium.model.ModelPackage.Literals.INDICATOR__UNIT;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Indicator;
import podium.model.Unit;

/** PDM-I002: 个百分点 measures a difference of rates; an indicator itself is measured in %. */
@Definition(code = IssueCodes.INDICATOR_IN_POINTS, severity = Severity.WARNING, category = Category.INDICATORS,
        elements = Indicator.class, messages = Texts.FILE)
public final class IndicatorInPoints implements Inspection<Indicator> {

    @Override
    public void check(Indicator indicator, InspectionContext context) {
        if (indicator.getUnit() == Unit.PERCENTAGE_POINT) {
            context.report(indicator, INDICATOR__UNIT);
        }
    }
}
