/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.indicators;

import static podium.model.ModelPackage.Literals.PLAN_ELEMENT__NAME;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Indicator;

/** PDM-I003: an indicator has the Chinese title reports print. */
@Definition(code = IssueCodes.INDICATOR_WITHOUT_TITLE, severity = Severity.INFO, category = Category.INDICATORS,
        elements = Indicator.class, messages = Texts.FILE)
public final class IndicatorWithoutTitle implements Inspection<Indicator> {

    @Override
    public void check(Indicator indicator, InspectionContext context) {
        if (indicator.getTitle() == null || indicator.getTitle().isBlank()) {
            context.report(indicator, PLAN_ELEMENT__NAME, indicator.getName());
        }
    }
}
