/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.Measure;
import podium.model.ModelPackage;

/** PDM-M001: every measure has a lead unit (牵头单位) that answers for it. */
public final class MeasureWithoutOwner extends AbstractRule<Measure> {

    public MeasureWithoutOwner() {
        super(Measure.class, "PDM-M001", Severity.ERROR, "Measure without owner",
                "measure %s has no lead unit (牵头单位)");
    }

    @Override
    public List<Finding> check(Measure measure) {
        if (measure.getOwner() == null) {
            return finding(measure, ModelPackage.Literals.MEASURE__OWNER, MeasureWithoutDeadline.title(measure));
        }
        return List.of();
    }
}
