/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.compute.ElapsedBasis;
import podium.compute.Progress;
import podium.compute.ProgressCalculator;
import podium.compute.ProgressStatus;
import podium.compute.Schedule;
import podium.model.Direction;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Target;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;

/** Expected values are computed by hand in the comments. */
class ProgressCalculatorTest {

    private final ProgressCalculator calculator = new ProgressCalculator();
    private ModelBuilder b;
    private Organisation city;
    private Indicator fdi;

    @BeforeEach
    void setUp() {
        b = new ModelBuilder("t");
        city = b.organisation("city", "全市", OrganisationKind.CITY);
        fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
    }

    private static BigDecimal endOfAugust2004() {
        return Schedule.elapsed(Period.year(2004), ElapsedBasis.BY_MONTHS, Month.of(2004, 8), null);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aheadOfScheduleOnGuaranteeButBehindOnStrive() {
        Target t = b.target(fdi, city, "2004", "2800", "3200");
        Progress p = calculator.compute(t, d("1890"), Unit.TEN_THOUSAND_USD, endOfAugust2004());
        // 1890 / 2800 = 67.5 %; 8/12 = 66.67 %; gap +0.83. 1890 / 3200 = 59.0625 % -> 59.06; gap -7.61.
        assertThat(p.completionGuarantee()).isEqualByComparingTo("67.5");
        assertThat(p.displayedCompletion()).isEqualByComparingTo("67.50");
        assertThat(p.gapGuarantee()).isEqualByComparingTo("0.83");
        assertThat(p.status()).isEqualTo(ProgressStatus.AHEAD);
        assertThat(p.completionStrive()).isEqualByComparingTo("59.0625");
        assertThat(p.gapStrive()).isEqualByComparingTo("-7.61");
        assertThat(p.striveStatus()).isEqualTo(ProgressStatus.BEHIND);
    }

    @Test
    void gapIsTheDifferenceOfTheDisplayedPercentages() {
        Target t = b.target(fdi, city, "2004", "300", null);
        BigDecimal elapsed = Schedule.elapsed(Period.year(2004), ElapsedBasis.BY_MONTHS, Month.of(2004, 5), null);
        Progress p = calculator.compute(t, d("100"), Unit.NONE, elapsed);
        // 33.33 (of 33.333...) - 41.67 (of 41.666...) = -8.34, while the unrounded difference is -8.333...
        assertThat(p.gapGuarantee()).isEqualByComparingTo("-8.34");
        assertThat(p.status()).isEqualTo(ProgressStatus.BEHIND);
    }

    @Test
    void onScheduleWhenDisplayedValuesAreEqual() {
        Target t = b.target(fdi, city, "2004", "1200", null);
        Progress p = calculator.compute(t, d("800"), Unit.TEN_THOUSAND_USD, endOfAugust2004());
        assertThat(p.gapGuarantee()).isEqualByComparingTo("0.00");
        assertThat(p.status()).isEqualTo(ProgressStatus.ON_SCHEDULE);
    }

    @Test
    void toleranceWidensOnSchedule() {
        Target t = b.target(fdi, city, "2004", "2800", null);
        Progress p = new ProgressCalculator(d("1")).compute(t, d("1890"), Unit.NONE, endOfAugust2004());
        assertThat(p.status()).isEqualTo(ProgressStatus.ON_SCHEDULE);
    }

    @Test
    void convertsTheActualIntoTheTargetsUnit() {
        Target t = b.target(fdi, city, "2004", "2800", "3200");
        Progress p = calculator.compute(t, d("0.189"), Unit.HUNDRED_MILLION_USD, endOfAugust2004());
        assertThat(p.actual()).isEqualByComparingTo("1890");
        assertThat(p.completionGuarantee()).isEqualByComparingTo("67.5");
    }

    @Test
    void incompatibleUnitsGiveNoDataWithAReason() {
        Target t = b.target(fdi, city, "2004", "2800", "3200");
        Progress p = calculator.compute(t, d("1890"), Unit.TEN_THOUSAND_YUAN, endOfAugust2004());
        assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(p.note()).contains("万元").contains("万美元");
    }

    @Test
    void zeroProgressAndMissingData() {
        Target t = b.target(fdi, city, "2004", "2800", "3200");
        assertThat(calculator.compute(t, BigDecimal.ZERO, Unit.NONE, endOfAugust2004()).status())
                .isEqualTo(ProgressStatus.ZERO_PROGRESS);
        Progress none = calculator.compute(t, null, Unit.NONE, endOfAugust2004());
        assertThat(none.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(none.completionGuarantee()).isNull();
    }

    @Test
    void zeroTargetIsKeptOnlyAtZero() {
        Indicator petitions = b.indicator("PETITION", "进京上访", Unit.PERSON_TIME, IndicatorKind.FLOW);
        petitions.setDirection(Direction.LOWER_BETTER);
        Target zero = b.target(petitions, city, "2004", null, null);
        zero.setZero(true);
        assertThat(calculator.compute(zero, BigDecimal.ZERO, Unit.NONE, endOfAugust2004()).status())
                .isEqualTo(ProgressStatus.ON_SCHEDULE);
        assertThat(calculator.compute(zero, d("2"), Unit.NONE, endOfAugust2004()).status())
                .isEqualTo(ProgressStatus.BEHIND);
        assertThat(calculator.compute(zero, null, Unit.NONE, endOfAugust2004()).status())
                .isEqualTo(ProgressStatus.NO_DATA);
    }

    @Test
    void growthTargetIsMeasuredAgainstBaseTimesGrowth() {
        // base 2500: +12 % = 2800 (guarantee), +28 % = 3200 (strive)
        Target t = b.growthTarget(fdi, city, "2004", "2500", "12", "28");
        Progress p = calculator.compute(t, d("1890"), Unit.NONE, endOfAugust2004());
        assertThat(p.guarantee()).isEqualByComparingTo("2800");
        assertThat(p.strive()).isEqualByComparingTo("3200");
        assertThat(p.completionGuarantee()).isEqualByComparingTo("67.5");
    }

    @Test
    void negativeGrowthTargetLowersTheLevel() {
        Target t = b.growthTarget(fdi, city, "2004", "2000", "-5", null);
        Progress p = calculator.compute(t, d("950"), Unit.NONE, endOfAugust2004());
        // 2000 × 0.95 = 1900; 950 / 1900 = 50 %
        assertThat(p.guarantee()).isEqualByComparingTo("1900");
        assertThat(p.completionGuarantee()).isEqualByComparingTo("50");
    }

    @Test
    void growthTargetWithoutBaseHasNoData() {
        Target t = b.growthTarget(fdi, city, "2004", "1", "12", null);
        t.setBase(null);
        Progress p = calculator.compute(t, d("950"), Unit.NONE, endOfAugust2004());
        assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(p.note()).contains("base");
    }

    @Test
    void lowerIsBetterUnderACap() {
        Indicator energy = b.indicator("ENERGY", "能耗", Unit.TON, IndicatorKind.FLOW);
        energy.setDirection(Direction.LOWER_BETTER);
        Target cap = b.target(energy, city, "2004", "1000", null);
        // 600 / 1000 = 60 % used after 66.67 % of the year: under the schedule, which is good
        Progress p = calculator.compute(cap, d("600"), Unit.NONE, endOfAugust2004());
        assertThat(p.gapGuarantee()).isEqualByComparingTo("-6.67");
        assertThat(p.status()).isEqualTo(ProgressStatus.AHEAD);
        assertThat(calculator.compute(cap, d("0"), Unit.NONE, endOfAugust2004()).status())
                .isEqualTo(ProgressStatus.AHEAD);
        assertThat(calculator.compute(cap, d("700"), Unit.NONE, endOfAugust2004()).status())
                .isEqualTo(ProgressStatus.BEHIND);
    }

    @Test
    void stockTargetIsComparedWithItsLevelNotWithTime() {
        Indicator firms = b.indicator("FIRMS", "外资企业", Unit.FIRM, IndicatorKind.STOCK);
        Target t = b.target(firms, city, "2004", "50", null);
        Progress p = calculator.compute(t, d("52"), Unit.HOUSEHOLD, endOfAugust2004());
        assertThat(p.elapsed()).isEqualByComparingTo("100");
        assertThat(p.completionGuarantee()).isEqualByComparingTo("104");
        assertThat(p.status()).isEqualTo(ProgressStatus.AHEAD);
        assertThat(calculator.compute(t, d("49"), Unit.NONE, endOfAugust2004()).status())
                .isEqualTo(ProgressStatus.BEHIND);
    }

    @Test
    void byDaysCountsTheLeapYear() {
        // 2004: 244 of 366 days by 31 August -> exactly the completion 244/366
        Target t = b.target(fdi, city, "2004", "366", null);
        BigDecimal elapsed = Schedule.elapsed(Period.year(2004), ElapsedBasis.BY_DAYS, null, Day.of(2004, 8, 31));
        Progress p = calculator.compute(t, d("244"), Unit.NONE, elapsed);
        assertThat(p.gapGuarantee()).isEqualByComparingTo("0.00");
        assertThat(p.status()).isEqualTo(ProgressStatus.ON_SCHEDULE);
        // 2003: 243 of 365 days = 66.58 %; 244 / 365 = 66.85 %; gap 0.27
        Target t2003 = b.target(fdi, city, "2003", "365", null);
        BigDecimal elapsed2003 = Schedule.elapsed(Period.year(2003), ElapsedBasis.BY_DAYS, null, Day.of(2003, 8, 31));
        Progress p2003 = calculator.compute(t2003, d("244"), Unit.NONE, elapsed2003);
        assertThat(p2003.gapGuarantee()).isEqualByComparingTo("0.27");
    }

    @Test
    void byMonthsWithoutDataMonthCountsWholeMonthsEndedByTheDate() {
        BigDecimal elapsed = Schedule.elapsedPercent(Period.year(2004), ElapsedBasis.BY_MONTHS, null,
                Day.of(2004, 9, 15));
        assertThat(elapsed.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("66.67");
    }
}
