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

/** A plugin's inspection with a bug: it throws on every measure. */
@Definition(code = ThrowingInspection.CODE, severity = Severity.ERROR, category = Category.OTHER, elements = Measure.class)
public final class ThrowingInspection implements Inspection<Measure> {

    public static final String CODE = "TEST-M002";

    @Override
    public void check(Measure measure, InspectionContext context) {
        throw new IllegalStateException("bug in the plugin");
    }
}
