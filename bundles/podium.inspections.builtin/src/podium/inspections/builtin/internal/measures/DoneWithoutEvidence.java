/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.measures;

import static podium.model.ModelPackage.Literals.MEASURE__EVIDENCE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Measure;
import podium.model.MeasureStatus;

/** PDM-M007: a measure reported done shows its evidence, as supervision (督查) asks (its completion date: PDM-M004). */
@Definition(code = IssueCodes.DONE_WITHOUT_EVIDENCE, severity = Severity.INFO, category = Category.MEASURES,
        elements = Measure.class, messages = Texts.FILE)
public final class DoneWithoutEvidence implements Inspection<Measure> {

    @Override
    public void check(Measure measure, InspectionContext context) {
        if (measure.getStatus() == MeasureStatus.DONE && measure.getCompleted() != null
                && (measure.getEvidence() == null || measure.getEvidence().isBlank())) {
            context.report(measure, MEASURE__EVIDENCE, measure.getTitle());
        }
    }
}
