/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/** Year-on-year growth (同比增长/下降) and comparison with a peer-group average (高于全省平均N个百分点). */
public final class Growth {

    /** A value and the same period's value last year. */
    public record YearOnYear(BigDecimal current, BigDecimal previous) {

        /** Growth in percent; null when a value is missing or last year's is 0 (由无到有). */
        public BigDecimal growth() {
            return Growth.percent(current, previous);
        }
    }

    private Growth() {
    }

    /**
     * {@code (current − previous) / |previous| × 100}; negative for a decline. The absolute value keeps the
     * sign meaningful when last year's value was negative. Null when a value is missing or previous is 0.
     */
    public static BigDecimal percent(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return Percentages.percent(current.subtract(previous), previous.abs());
    }

    /** Growth of the group as a whole (Σcurrent over Σprevious), as provincial averages are published. */
    public static BigDecimal ofTotals(Collection<YearOnYear> values) {
        List<YearOnYear> complete = values.stream().filter(v -> v.current() != null && v.previous() != null).toList();
        if (complete.isEmpty()) {
            return null;
        }
        BigDecimal current = Aggregations.sum(complete.stream().map(YearOnYear::current).toList());
        BigDecimal previous = Aggregations.sum(complete.stream().map(YearOnYear::previous).toList());
        return percent(current, previous);
    }

    /** The plain mean of the members' growth rates (members without a rate left out). */
    public static BigDecimal meanOfRates(Collection<YearOnYear> values) {
        List<BigDecimal> rates = values.stream().map(YearOnYear::growth).filter(r -> r != null).toList();
        return Aggregations.combine(rates, podium.model.Aggregation.AVERAGE);
    }

    /** {@code own − average} in percentage points between displayed rates; positive = above average. */
    public static BigDecimal differenceFromAverage(BigDecimal ownGrowth, BigDecimal averageGrowth) {
        return Percentages.points(ownGrowth, averageGrowth);
    }
}
