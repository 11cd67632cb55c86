/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.measures;

import static podium.model.ModelPackage.Literals.MEASURE__DUE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Measure;
import podium.model.MeasureStatus;

/** PDM-M006: an open measure has a deadline, or it can never be overdue. */
@Definition(code = IssueCodes.OPEN_WITHOUT_DEADLINE, severity = Severity.WARNING, category = Category.MEASURES,
        elements = Measure.class, messages = Texts.FILE)
public final class OpenWithoutDeadline implements Inspection<Measure> {

    @Override
    public void check(Measure measure, InspectionContext context) {
        boolean open = measure.getStatus() == MeasureStatus.OPEN || measure.getStatus() == MeasureStatus.IN_PROGRESS;
        if (open && measure.getDue() == null) {
            context.report(measure, MEASURE__DUE, measure.getTitle());
        }
    }
}
