/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.actuals;

import static podium.model.ModelPackage.Literals.ACTUAL__VALUE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Actual;

/** PDM-A007: an actual states its value (an XMI model may leave it out); empty counts as no data, not as 0. */
@Definition(code = IssueCodes.ACTUAL_WITHOUT_VALUE, severity = Severity.WARNING, category = Category.ACTUALS,
        elements = Actual.class, messages = Texts.FILE)
public final class ActualWithoutValue implements Inspection<Actual> {

    @Override
    public void check(Actual actual, InspectionContext context) {
        if (actual.getValue() == null) {
            context.report(actual, ACTUAL__VALUE, name(actual.getIndicator()), name(actual.getOrganisation()),
                    actual.getMonth());
        }
    }

    /** The element's name, or ? where the actual does not name one or names one nobody declares (reported as unknown). */
    private static String name(podium.model.PlanElement element) {
        return element == null || element.eIsProxy() ? "?" : element.getName(); //$NON-NLS-1$
    }
}
