/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.util.List;

import podium.model.Aggregation;
import podium.model.Indicator;
import podium.model.IndicatorKind;

/**
 * How values combine: over time by the indicator's aggregation (sum, average, last value), and over
 * organisations by its kind (flows and stocks add up, ratios are averaged).
 */
public final class Aggregations {

    private Aggregations() {
    }

    /** Values in time order combined by {@code aggregation}; null for no values. */
    public static BigDecimal combine(List<BigDecimal> values, Aggregation aggregation) {
        if (values.isEmpty()) {
            return null;
        }
        switch (aggregation) {
            case LAST:
                return values.get(values.size() - 1);
            case AVERAGE:
                return sum(values).divide(BigDecimal.valueOf(values.size()), Percentages.MATH);
            case SUM:
            default:
                return sum(values);
        }
    }

    /** How values of several organisations combine for {@code indicator}. */
    public static Aggregation acrossOrganisations(Indicator indicator) {
        if (indicator == null) {
            return Aggregation.SUM;
        }
        if (indicator.getKind() == IndicatorKind.RATIO || indicator.getAggregation() == Aggregation.AVERAGE) {
            return Aggregation.AVERAGE;
        }
        return Aggregation.SUM;
    }

    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        return total;
    }
}
