/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.measures;

import static podium.model.ModelPackage.Literals.MEASURE__COMPLETED;
import static podium.model.ModelPackage.Literals.MEASURE__STATUS;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Measure;
import podium.model.MeasureStatus;

/** PDM-M004: a measure is done exactly when it has a completion date. */
@Definition(code = IssueCodes.COMPLETION_STATUS, severity = Severity.WARNING, category = Category.MEASURES,
        elements = Measure.class, messages = Texts.FILE)
public final class CompletionStatus implements Inspection<Measure> {

    @Override
    public void check(Measure measure, InspectionContext context) {
        if (measure.getStatus() == MeasureStatus.DONE && measure.getCompleted() == null) {
            context.report(measure, MEASURE__STATUS);
        } else if (measure.getCompleted() != null && measure.getStatus() != MeasureStatus.DONE) {
            context.finding(measure, MEASURE__COMPLETED).message("notDone").report(context.word(measure.getStatus())); //$NON-NLS-1$
        }
    }
}
