/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.tests.contributions;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.model.Measure;

/** Contributed after {@link MeasureTitleInspection} with the same code: skipped, and the skip is named. */
@Definition(code = MeasureTitleInspection.CODE, severity = Severity.ERROR, category = Category.OTHER,
        elements = Measure.class)
public final class TakenCodeInspection implements Inspection<Measure> {

    @Override
    public void check(Measure measure, InspectionContext context) {
        context.report(measure, null, measure.getTitle());
    }
}
