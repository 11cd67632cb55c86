/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.ui.tests.contributions;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.model.Measure;

/** Contributed by a plugin installed while the inspections page is open (InspectionsPageFollowsPluginsTest). */
@Definition(code = LateInspection.CODE, severity = Severity.INFO, category = Category.MEASURES, elements = Measure.class)
public final class LateInspection implements Inspection<Measure> {

    public static final String CODE = "LATE-M001";

    @Override
    public void check(Measure measure, InspectionContext context) {
        if (measure.getEvidence() == null) {
            context.report(measure, null, measure.getTitle());
        }
    }
}
