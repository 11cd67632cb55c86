/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.actuals;

import static podium.model.ModelPackage.Literals.ACTUAL__REPORT_DATE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Actual;

/** PDM-A006: a month's figure is reported after the month ends. */
@Definition(code = IssueCodes.REPORTED_BEFORE_MONTH_END, severity = Severity.WARNING, category = Category.ACTUALS,
        elements = Actual.class, messages = Texts.FILE)
public final class ReportedBeforeMonthEnd implements Inspection<Actual> {

    @Override
    public void check(Actual actual, InspectionContext context) {
        if (actual.getReportDate() != null && actual.getMonth() != null
                && actual.getReportDate().isBefore(actual.getMonth().lastDay())) {
            context.report(actual, ACTUAL__REPORT_DATE, actual.getReportDate(), actual.getMonth());
        }
    }
}
