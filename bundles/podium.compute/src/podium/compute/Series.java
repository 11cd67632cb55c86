/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import podium.model.Actual;
import podium.model.Aggregation;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Unit;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.model.units.Units;

/**
 * The monthly actuals of one indicator for one organisation in one unit, readable as cumulative
 * (累计, within a calendar year) or monthly (当月) whichever way they were reported.
 */
public final class Series {

    private final IndicatorKind kind;
    private final Unit unit;
    private final Map<Month, BigDecimal> cumulative = new HashMap<>();
    private final Map<Month, BigDecimal> monthly = new HashMap<>();
    private final Map<Month, BigDecimal> previousCumulative = new HashMap<>();
    private final Map<Month, BigDecimal> previousMonthly = new HashMap<>();
    private final List<Actual> skipped = new ArrayList<>();

    private Series(IndicatorKind kind, Unit unit) {
        this.kind = kind;
        this.unit = unit;
    }

    /** The series of {@code actuals} (one indicator, one organisation) expressed in {@code unit}. */
    public static Series of(Indicator indicator, Collection<Actual> actuals, Unit unit) {
        IndicatorKind kind = indicator == null ? IndicatorKind.FLOW : indicator.getKind();
        Series series = new Series(kind, unit);
        for (Actual actual : actuals) {
            series.add(actual, indicator);
        }
        return series;
    }

    /** The series in the indicator's own unit. */
    public static Series of(Indicator indicator, Collection<Actual> actuals) {
        return of(indicator, actuals, Units.effective(Unit.NONE, indicator));
    }

    private void add(Actual actual, Indicator indicator) {
        Unit from = Units.effective(actual.getUnit(), indicator);
        if (actual.getMonth() == null || !Units.compatible(from, unit)) {
            skipped.add(actual);
            return;
        }
        boolean cumulativeBasis = actual.getBasis() == Basis.CUMULATIVE;
        put(cumulativeBasis ? cumulative : monthly, actual.getMonth(), Units.convert(actual.getValue(), from, unit));
        put(cumulativeBasis ? previousCumulative : previousMonthly, actual.getMonth(),
                Units.convert(actual.getPreviousYear(), from, unit));
    }

    private static void put(Map<Month, BigDecimal> map, Month month, BigDecimal value) {
        if (value != null) {
            map.put(month, value);
        }
    }

    public Unit unit() {
        return unit;
    }

    /** Actuals left out because they had no month or a unit that does not convert. */
    public List<Actual> skipped() {
        return List.copyOf(skipped);
    }

    /** The last month with any reported value. */
    public Optional<Month> latestMonth() {
        Month latest = null;
        for (Month m : cumulative.keySet()) {
            latest = latest == null || m.isAfter(latest) ? m : latest;
        }
        for (Month m : monthly.keySet()) {
            latest = latest == null || m.isAfter(latest) ? m : latest;
        }
        return Optional.ofNullable(latest);
    }

    /** What progress compares with the target: the cumulative amount for flows, the month's value otherwise. */
    public BigDecimal toDate(Month month) {
        return kind == IndicatorKind.FLOW ? cumulative(month) : value(month);
    }

    /** The same for last year, from the previous-year values reported with the actuals or from the series itself. */
    public BigDecimal previousYearToDate(Month month) {
        if (kind != IndicatorKind.FLOW) {
            BigDecimal v = first(previousCumulative.get(month), previousMonthly.get(month));
            return v != null ? v : value(month.sameMonthLastYear());
        }
        BigDecimal reported = previousCumulative.get(month);
        if (reported != null) {
            return reported;
        }
        BigDecimal fromMonthly = sumFromJanuary(previousMonthly, month);
        return fromMonthly != null ? fromMonthly : cumulative(month.sameMonthLastYear());
    }

    /** Cumulative amount from January to {@code month} (累计); null when a month is missing. */
    public BigDecimal cumulative(Month month) {
        if (kind != IndicatorKind.FLOW) {
            return value(month);
        }
        BigDecimal reported = cumulative.get(month);
        return reported != null ? reported : sumFromJanuary(month);
    }

    private BigDecimal sumFromJanuary(Month month) {
        BigDecimal total = BigDecimal.ZERO;
        for (int m = 1; m <= month.month(); m++) {
            Month current = Month.of(month.year(), m);
            BigDecimal value = monthly.get(current);
            if (value == null) {
                BigDecimal c = cumulative.get(current);
                if (c == null) {
                    return null;
                }
                total = c;
                continue;
            }
            total = total.add(value);
        }
        return total;
    }

    private static BigDecimal sumFromJanuary(Map<Month, BigDecimal> values, Month month) {
        BigDecimal total = BigDecimal.ZERO;
        for (int m = 1; m <= month.month(); m++) {
            BigDecimal value = values.get(Month.of(month.year(), m));
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    /** The amount of {@code month} alone (当月); derived from cumulative values when not reported. */
    public BigDecimal monthly(Month month) {
        BigDecimal reported = monthly.get(month);
        if (reported != null || kind != IndicatorKind.FLOW) {
            return reported != null ? reported : value(month);
        }
        BigDecimal now = cumulative(month);
        if (month.month() == 1 || now == null) {
            return now;
        }
        BigDecimal before = cumulative(month.previous());
        return before == null ? null : now.subtract(before);
    }

    /** The reported value of a stock or ratio in {@code month}, whatever its basis. */
    public BigDecimal value(Month month) {
        return first(cumulative.get(month), monthly.get(month));
    }

    /** The value of {@code period} combining its months with {@code aggregation}; null when a month is missing. */
    public BigDecimal aggregate(Period period, Aggregation aggregation) {
        List<BigDecimal> values = new ArrayList<>();
        for (Month month : period.months()) {
            BigDecimal v = kind == IndicatorKind.FLOW ? monthly(month) : value(month);
            if (v == null && aggregation != Aggregation.AVERAGE) {
                return null;
            }
            if (v != null) {
                values.add(v);
            }
        }
        return Aggregations.combine(values, aggregation);
    }

    private static BigDecimal first(BigDecimal a, BigDecimal b) {
        return a != null ? a : b;
    }
}
