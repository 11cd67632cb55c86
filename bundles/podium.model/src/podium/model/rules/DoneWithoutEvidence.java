/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.Measure;
import podium.model.MeasureStatus;
import podium.model.ModelPackage;

/** PDM-M003: a measure reported done says when and shows evidence, as supervision (督查) asks. */
public final class DoneWithoutEvidence extends AbstractRule<Measure> {

    public DoneWithoutEvidence() {
        super(Measure.class, "PDM-M003", Severity.INFO, "Done without evidence",
                "measure %s is done but %s");
    }

    @Override
    public List<Finding> check(Measure measure) {
        if (measure.getStatus() != MeasureStatus.DONE) {
            return List.of();
        }
        if (measure.getCompleted() == null) {
            return finding(measure, ModelPackage.Literals.MEASURE__COMPLETED, MeasureWithoutDeadline.title(measure),
                    "has no completion date");
        }
        if (measure.getEvidence() == null || measure.getEvidence().isBlank()) {
            return finding(measure, ModelPackage.Literals.MEASURE__EVIDENCE, MeasureWithoutDeadline.title(measure),
                    "has no evidence");
        }
        return List.of();
    }
}
