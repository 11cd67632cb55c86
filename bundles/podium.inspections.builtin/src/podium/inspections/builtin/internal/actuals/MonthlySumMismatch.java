/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.actuals;

import static podium.model.ModelPackage.Literals.ACTUAL__VALUE;

import java.math.BigDecimal;
import java.util.List;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Facts;
import podium.inspections.builtin.internal.Quantities;
import podium.model.Actual;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;

/** PDM-A005: when every 当月 figure of a year up to a month is there, they add up to that month's 累计. */
@Definition(code = IssueCodes.MONTHLY_SUM_MISMATCH, severity = Severity.WARNING, category = Category.ACTUALS,
        elements = Actual.class, messages = Texts.FILE)
public final class MonthlySumMismatch implements Inspection<Actual> {

    @Override
    public void check(Actual actual, InspectionContext context) {
        if (actual.getBasis() != Basis.CUMULATIVE || SeriesPosition.of(actual, context) == null
                || actual.getIndicator().getKind() != IndicatorKind.FLOW) {
            return;
        }
        Indicator indicator = actual.getIndicator();
        List<Actual> monthly = Facts.of(context).series(new Facts.SeriesKey(indicator, actual.getOrganisation(),
                Basis.MONTHLY));
        List<Actual> upTo = monthly.stream().filter(m -> m.getMonth() != null && m.getValue() != null
                && m.getMonth().year() == actual.getMonth().year() && !m.getMonth().isAfter(actual.getMonth())).toList();
        if (upTo.size() != actual.getMonth().month()) {
            return; // a month is missing: nothing to compare
        }
        BigDecimal sum = upTo.stream().map(m -> Quantities.inUnit(m.getValue(), m.getUnit(), actual.getUnit(), indicator))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(actual.getValue()) != 0) {
            context.report(actual, ACTUAL__VALUE, Quantities.plain(sum), actual.getValue().toPlainString());
        }
    }
}
