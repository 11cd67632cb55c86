/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.indicators;

import static podium.model.ModelPackage.Literals.INDICATOR__KIND;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Aggregation;
import podium.model.Indicator;
import podium.model.IndicatorKind;

/** PDM-I001: a ratio (a rate, a share) is averaged or taken last over time, never summed. */
@Definition(code = IssueCodes.RATIO_SUMMED, severity = Severity.ERROR, category = Category.INDICATORS,
        elements = Indicator.class, messages = Texts.FILE)
public final class RatioSummed implements Inspection<Indicator> {

    @Override
    public void check(Indicator indicator, InspectionContext context) {
        if (indicator.getKind() == IndicatorKind.RATIO && indicator.getAggregation() == Aggregation.SUM) {
            context.report(indicator, INDICATOR__KIND, indicator.getName());
        }
    }
}
