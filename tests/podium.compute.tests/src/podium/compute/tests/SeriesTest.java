/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

class SeriesTest {

    private ModelBuilder b;
    private Organisation zone;
    private Indicator fdi;

    @BeforeEach
    void setUp() {
        b = new ModelBuilder("t");
        zone = b.organisation("zone", "高新区", OrganisationKind.ZONE);
        fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
    }

    private Actual monthly(String month, String value) {
        return b.actual(fdi, zone, month, Basis.MONTHLY, value);
    }

    @Test
    void cumulativeFromMonthlyAndMonthlyFromCumulative() {
        Series s = Series.of(fdi, List.of(monthly("2004-01", "100"), monthly("2004-02", "150"),
                b.actual(fdi, zone, "2004-03", Basis.CUMULATIVE, "400"),
                b.actual(fdi, zone, "2004-04", Basis.CUMULATIVE, "420")));
        assertThat(s.cumulative(Month.of(2004, 2))).isEqualByComparingTo("250");
        assertThat(s.monthly(Month.of(2004, 3))).isEqualByComparingTo("150");
        assertThat(s.monthly(Month.of(2004, 4))).isEqualByComparingTo("20");
        assertThat(s.cumulative(Month.of(2004, 5))).isNull();
        assertThat(s.latestMonth()).contains(Month.of(2004, 4));
    }

    @Test
    void aMissingMonthMeansNoCumulativeValue() {
        Series s = Series.of(fdi, List.of(monthly("2004-01", "100"), monthly("2004-03", "150")));
        assertThat(s.cumulative(Month.of(2004, 3))).isNull();
        assertThat(s.cumulative(Month.of(2004, 1))).isEqualByComparingTo("100");
    }

    @Test
    void convertsEveryActualIntoTheSeriesUnitAndSkipsForeignUnits() {
        Actual inYi = b.actual(fdi, zone, "2004-01", Basis.CUMULATIVE, "0.01");
        inYi.setUnit(Unit.HUNDRED_MILLION_USD);
        Actual inYuan = b.actual(fdi, zone, "2004-02", Basis.CUMULATIVE, "5");
        inYuan.setUnit(Unit.TEN_THOUSAND_YUAN);
        Series s = Series.of(fdi, List.of(inYi, inYuan));
        assertThat(s.cumulative(Month.of(2004, 1))).isEqualByComparingTo("100");
        assertThat(s.cumulative(Month.of(2004, 2))).isNull();
        assertThat(s.skipped()).containsExactly(inYuan);
    }

    @Test
    void previousYearFromReportedValuesOrFromTheSeries() {
        Actual aug = b.actual(fdi, zone, "2004-08", Basis.CUMULATIVE, "812.5");
        aug.setPreviousYear(new java.math.BigDecimal("700"));
        Actual jul = b.actual(fdi, zone, "2004-07", Basis.CUMULATIVE, "700");
        Actual lastJul = b.actual(fdi, zone, "2003-07", Basis.CUMULATIVE, "560");
        Series s = Series.of(fdi, List.of(aug, jul, lastJul));
        assertThat(s.previousYearToDate(Month.of(2004, 8))).isEqualByComparingTo("700");
        assertThat(s.previousYearToDate(Month.of(2004, 7))).isEqualByComparingTo("560");
    }

    @Test
    void quarterAggregatesHonourTheAggregation() {
        Series s = Series.of(fdi, List.of(b.actual(fdi, zone, "2004-06", Basis.CUMULATIVE, "600"),
                b.actual(fdi, zone, "2004-07", Basis.CUMULATIVE, "700"),
                b.actual(fdi, zone, "2004-08", Basis.CUMULATIVE, "850"),
                b.actual(fdi, zone, "2004-09", Basis.CUMULATIVE, "1000")));
        // Q3 monthly: 100, 150, 150
        assertThat(s.aggregate(Period.quarter(2004, 3), Aggregation.SUM)).isEqualByComparingTo("400");
        assertThat(s.aggregate(Period.quarter(2004, 3), Aggregation.LAST)).isEqualByComparingTo("150");
        assertThat(s.aggregate(Period.quarter(2004, 3), Aggregation.AVERAGE)).isEqualByComparingTo("133.3333333333333");
        assertThat(s.aggregate(Period.quarter(2004, 2), Aggregation.SUM)).isNull();
    }

    @Test
    void stockTakesTheLastValueOfThePeriodWhateverTheBasis() {
        Indicator firms = b.indicator("FIRMS", "外资企业", Unit.FIRM, IndicatorKind.STOCK);
        Series s = Series.of(firms, List.of(b.actual(firms, zone, "2004-07", Basis.CUMULATIVE, "40"),
                b.actual(firms, zone, "2004-08", Basis.MONTHLY, "42"),
                b.actual(firms, zone, "2004-09", Basis.CUMULATIVE, "45")));
        assertThat(s.toDate(Month.of(2004, 8))).isEqualByComparingTo("42");
        assertThat(s.aggregate(Period.quarter(2004, 3), Aggregation.LAST)).isEqualByComparingTo("45");
    }
}
