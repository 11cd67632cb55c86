/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.actuals;

import static podium.model.ModelPackage.Literals.ACTUAL__MONTH;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Actual;

/** PDM-A003: one actual per indicator, organisation, month and basis (累计 or 当月) in the whole workspace. */
@Definition(code = IssueCodes.DUPLICATE_ACTUAL, severity = Severity.ERROR, category = Category.ACTUALS,
        elements = Actual.class, messages = Texts.FILE)
public final class DuplicateActual implements Inspection<Actual> {

    @Override
    public void check(Actual actual, InspectionContext context) {
        SeriesPosition position = SeriesPosition.of(actual, context);
        if (position != null && position.sameMonth().stream().anyMatch(other -> other != actual)) {
            context.report(actual, ACTUAL__MONTH, context.word(actual.getBasis()), actual.getMonth());
        }
    }
}
