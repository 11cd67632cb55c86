/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.Measure;
import podium.model.MeasureStatus;
import podium.model.ModelPackage;

/** PDM-M002: an open measure has a deadline, or it can never be overdue. */
public final class MeasureWithoutDeadline extends AbstractRule<Measure> {

    public MeasureWithoutDeadline() {
        super(Measure.class, "PDM-M002", Severity.WARNING, "Measure without deadline",
                "measure %s has no deadline");
    }

    @Override
    public List<Finding> check(Measure measure) {
        boolean open = measure.getStatus() == MeasureStatus.OPEN || measure.getStatus() == MeasureStatus.IN_PROGRESS;
        if (open && measure.getDue() == null) {
            return finding(measure, ModelPackage.Literals.MEASURE__DUE, title(measure));
        }
        return List.of();
    }

    static String title(Measure measure) {
        return measure.getTitle() != null ? measure.getTitle() : String.valueOf(measure.getName());
    }
}
