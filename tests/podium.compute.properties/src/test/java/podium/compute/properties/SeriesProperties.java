/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.BeforeTry;

import podium.compute.Series;
import podium.model.Actual;
import podium.model.Aggregation;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.model.units.Units;

/**
 * Invariants of one indicator's monthly actuals over a calendar year: 累计 and 当月 readings agree
 * whichever way each month was reported, periods combine their months, units only move the point.
 */
class SeriesProperties {

    private ModelBuilder builder;
    private Organisation county;

    @BeforeTry
    void freshModel() {
        builder = new ModelBuilder("p");
        county = builder.organisation("o", "东县", OrganisationKind.COUNTY);
    }

    @Provide
    Arbitrary<List<BigDecimal>> yearOfAmounts() {
        return Generators.amounts().list().ofSize(12);
    }

    @Provide
    Arbitrary<List<Unit>> unitPairs() {
        return Generators.scaledUnitPairs();
    }

    @Property
    void cumulativeToMonthlyAndBackGivesTheReportedAmounts(@ForAll("yearOfAmounts") List<BigDecimal> monthly,
            @ForAll @IntRange(min = 2000, max = 2030) int year) {
        Indicator flow = indicator(IndicatorKind.FLOW, Unit.TEN_THOUSAND_USD);
        List<BigDecimal> running = runningTotals(monthly);
        Series fromCumulative = Series.of(flow, actuals(flow, year, running, Basis.CUMULATIVE));
        List<BigDecimal> derived = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            derived.add(fromCumulative.monthly(Month.of(year, m)));
        }

        Series fromDerived = Series.of(flow, actuals(flow, year, derived, Basis.MONTHLY));

        for (int m = 1; m <= 12; m++) {
            assertThat(derived.get(m - 1)).isEqualByComparingTo(monthly.get(m - 1));
            assertThat(fromDerived.cumulative(Month.of(year, m))).isEqualByComparingTo(running.get(m - 1));
        }
    }

    @Property
    void eachMonthMayBeReportedEitherWayAndInAnyOrder(@ForAll("yearOfAmounts") List<BigDecimal> monthly,
            @ForAll @Size(12) List<Basis> bases, @ForAll Random random) {
        Indicator flow = indicator(IndicatorKind.FLOW, Unit.TEN_THOUSAND_USD);
        List<BigDecimal> running = runningTotals(monthly);
        List<Actual> reported = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal value = bases.get(m - 1) == Basis.CUMULATIVE ? running.get(m - 1) : monthly.get(m - 1);
            reported.add(builder.actual(flow, county, Month.of(2024, m), bases.get(m - 1), value));
        }
        Collections.shuffle(reported, random);

        Series series = Series.of(flow, reported);

        for (int m = 1; m <= 12; m++) {
            assertThat(series.cumulative(Month.of(2024, m))).isEqualByComparingTo(running.get(m - 1));
            assertThat(series.monthly(Month.of(2024, m))).isEqualByComparingTo(monthly.get(m - 1));
            assertThat(series.toDate(Month.of(2024, m))).isEqualByComparingTo(running.get(m - 1));
        }
        assertThat(series.latestMonth()).contains(Month.of(2024, 12));
    }

    @Property
    void aFlowsPeriodIsTheSumOfItsMonths(@ForAll("yearOfAmounts") List<BigDecimal> monthly,
            @ForAll @Size(12) List<Basis> bases) {
        Indicator flow = indicator(IndicatorKind.FLOW, Unit.TEN_THOUSAND_USD);
        List<BigDecimal> running = runningTotals(monthly);
        List<Actual> reported = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal value = bases.get(m - 1) == Basis.CUMULATIVE ? running.get(m - 1) : monthly.get(m - 1);
            reported.add(builder.actual(flow, county, Month.of(2024, m), bases.get(m - 1), value));
        }
        Series series = Series.of(flow, reported);

        for (Period period : periodsOf(2024)) {
            BigDecimal expected = sumOfMonths(monthly, period);
            assertThat(series.aggregate(period, Aggregation.SUM)).as(period.toString()).isEqualByComparingTo(expected);
        }
        assertThat(series.aggregate(Period.year(2024), Aggregation.SUM)).isEqualByComparingTo(running.get(11));
    }

    @Property
    void aMissingMonthLeavesOnlyItsOwnPeriodsUnknown(@ForAll("yearOfAmounts") List<BigDecimal> monthly,
            @ForAll @IntRange(min = 1, max = 12) int gap) {
        Indicator flow = indicator(IndicatorKind.FLOW, Unit.TEN_THOUSAND_USD);
        List<Actual> reported = new ArrayList<>(actuals(flow, 2024, monthly, Basis.MONTHLY));
        reported.remove(gap - 1);

        Series series = Series.of(flow, reported);

        for (Period period : periodsOf(2024)) {
            BigDecimal sum = series.aggregate(period, Aggregation.SUM);
            if (period.contains(Month.of(2024, gap))) {
                assertThat(sum).as(period.toString()).isNull();
            } else {
                assertThat(sum).as(period.toString()).isEqualByComparingTo(sumOfMonths(monthly, period));
            }
        }
        assertThat(series.cumulative(Month.of(2024, gap))).isNull();
    }

    @Property
    void aStocksPeriodIsItsLastMonthAndItsMonthsAreNotAddedUp(@ForAll("yearOfAmounts") List<BigDecimal> levels,
            @ForAll @Size(12) List<Basis> bases) {
        Indicator stock = indicator(IndicatorKind.STOCK, Unit.TEN_THOUSAND_YUAN);
        List<Actual> reported = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            reported.add(builder.actual(stock, county, Month.of(2024, m), bases.get(m - 1), levels.get(m - 1)));
        }
        Series series = Series.of(stock, reported);

        for (Period period : periodsOf(2024)) {
            BigDecimal last = levels.get(period.lastMonth().month() - 1);
            assertThat(series.aggregate(period, Aggregation.LAST)).as(period.toString()).isEqualByComparingTo(last);
            BigDecimal average = sumOfMonths(levels, period).divide(BigDecimal.valueOf(period.monthCount()),
                    MathContext.DECIMAL64);
            assertThat(series.aggregate(period, Aggregation.AVERAGE)).as(period.toString())
                    .isEqualByComparingTo(average);
        }
        for (int m = 1; m <= 12; m++) {
            assertThat(series.cumulative(Month.of(2024, m))).isEqualByComparingTo(levels.get(m - 1));
            assertThat(series.toDate(Month.of(2024, m))).isEqualByComparingTo(levels.get(m - 1));
        }
    }

    @Property
    void readingASeriesInAnotherUnitOnlyMovesTheDecimalPoint(@ForAll("yearOfAmounts") List<BigDecimal> monthly,
            @ForAll @Size(12) List<Basis> bases, @ForAll("unitPairs") List<Unit> units) {
        Unit own = units.get(0);
        Unit other = units.get(1);
        Indicator flow = indicator(IndicatorKind.FLOW, own);
        List<BigDecimal> running = runningTotals(monthly);
        List<Actual> reported = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal value = bases.get(m - 1) == Basis.CUMULATIVE ? running.get(m - 1) : monthly.get(m - 1);
            Actual actual = builder.actual(flow, county, Month.of(2024, m), bases.get(m - 1),
                    m % 2 == 0 ? Units.convert(value, own, other) : value);
            actual.setUnit(m % 2 == 0 ? other : Unit.NONE);
            reported.add(actual);
        }

        Series inOwn = Series.of(flow, reported);
        Series inOther = Series.of(flow, reported, other);

        assertThat(inOwn.skipped()).isEmpty();
        for (int m = 1; m <= 12; m++) {
            Month month = Month.of(2024, m);
            assertThat(inOwn.cumulative(month)).isEqualByComparingTo(running.get(m - 1));
            assertThat(Units.convert(inOther.cumulative(month), other, own)).isEqualByComparingTo(running.get(m - 1));
            assertThat(Units.convert(inOther.monthly(month), other, own)).isEqualByComparingTo(monthly.get(m - 1));
        }
    }

    private Indicator indicator(IndicatorKind kind, Unit unit) {
        return builder.indicator("I" + builder.file().getElements().size(), "指标", unit, kind);
    }

    private List<Actual> actuals(Indicator indicator, int year, List<BigDecimal> values, Basis basis) {
        List<Actual> actuals = new ArrayList<>();
        for (int m = 1; m <= values.size(); m++) {
            actuals.add(builder.actual(indicator, county, Month.of(year, m), basis, values.get(m - 1)));
        }
        return actuals;
    }

    private static List<BigDecimal> runningTotals(List<BigDecimal> monthly) {
        List<BigDecimal> running = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : monthly) {
            total = total.add(value);
            running.add(total);
        }
        return running;
    }

    private static BigDecimal sumOfMonths(List<BigDecimal> monthly, Period period) {
        return period.months().stream().map(m -> monthly.get(m.month() - 1)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Period> periodsOf(int year) {
        List<Period> periods = new ArrayList<>(List.of(Period.year(year), Period.half(year, 1), Period.half(year, 2)));
        for (int q = 1; q <= 4; q++) {
            periods.add(Period.quarter(year, q));
        }
        for (int m = 1; m <= 12; m++) {
            periods.add(Period.month(Month.of(year, m)));
        }
        return periods;
    }
}
