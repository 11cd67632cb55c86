/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.actuals;

import static podium.model.ModelPackage.Literals.ACTUAL__VALUE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Quantities;
import podium.model.Actual;
import podium.model.Basis;
import podium.model.IndicatorKind;

/** PDM-A002: a cumulative flow (1–M月累计) does not fall from one month to the next of the same year. */
@Definition(code = IssueCodes.CUMULATIVE_DECREASING, severity = Severity.ERROR, category = Category.ACTUALS,
        elements = Actual.class, messages = Texts.FILE)
public final class CumulativeDecreasing implements Inspection<Actual> {

    @Override
    public void check(Actual actual, InspectionContext context) {
        if (actual.getBasis() != Basis.CUMULATIVE) {
            return;
        }
        SeriesPosition position = SeriesPosition.of(actual, context);
        Actual previous = position == null ? null : position.previous();
        if (previous == null || previous.getValue() == null || actual.getIndicator().getKind() != IndicatorKind.FLOW) {
            return;
        }
        if (actual.getValue().compareTo(Quantities.inUnit(previous.getValue(), previous.getUnit(), actual.getUnit(),
                actual.getIndicator())) < 0) {
            context.report(actual, ACTUAL__VALUE, actual.getValue().toPlainString(), actual.getMonth(),
                    previous.getValue().toPlainString(), previous.getMonth());
        }
    }
}
