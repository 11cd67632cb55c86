/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.tests.contributions;

import static podium.model.ModelPackage.Literals.MEASURE__TITLE;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.model.Measure;

/** A plugin's inspection as docs/extending.md describes one: a measure's title still says 待定. */
@Definition(code = MeasureTitleInspection.CODE, severity = Severity.WARNING, category = Category.MEASURES,
        elements = Measure.class)
public final class MeasureTitleInspection implements Inspection<Measure> {

    public static final String CODE = "TEST-M001";

    @Override
    public void check(Measure measure, InspectionContext context) {
        if (measure.getTitle() != null && measure.getTitle().contains("待定")) {
            context.report(measure, MEASURE__TITLE, measure.getTitle());
        }
    }
}
