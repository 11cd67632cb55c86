/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;

class TimeTest {

    @Test
    void parsesAndPrintsEveryKindOfPeriod() {
        assertThat(Period.valueOf("2004").toString()).isEqualTo("2004");
        assertThat(Period.valueOf("2004H1").toString()).isEqualTo("2004H1");
        assertThat(Period.valueOf("2004Q3").toString()).isEqualTo("2004Q3");
        assertThat(Period.valueOf("2004-8").toString()).isEqualTo("2004-08");
        assertThat(Period.valueOf("2004Q3").firstMonth()).isEqualTo(Month.of(2004, 7));
        assertThat(Period.valueOf("2004H2").lastMonth()).isEqualTo(Month.of(2004, 12));
    }

    @Test
    void aPeriodIsWrittenInAsciiDigitsUnderALocaleWithOtherDigits() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertThat(Period.quarter(2004, 3).toString()).isEqualTo("2004Q3");
            assertThat(Period.month(Month.of(2004, 8)).toString()).isEqualTo("2004-08");
            assertThat(Period.valueOf(Period.half(2004, 2).toString())).isEqualTo(Period.half(2004, 2));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void rejectsMalformedValues() {
        assertThatThrownBy(() -> Period.valueOf("2004Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.valueOf("2004H3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.valueOf("04")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Month.valueOf("2004-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Day.valueOf("2003-02-29")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthsAreFourDigitsADashAndOneOrTwoDigits() {
        assertThat(Month.valueOf("2004-8")).isEqualTo(Month.of(2004, 8));
        assertThat(Month.valueOf(" 2004-08 ")).isEqualTo(Month.of(2004, 8));
        assertThat(Month.valueOf("2004-12")).isEqualTo(Month.of(2004, 12));
        for (String bad : new String[] {"2004-008", "2004/08", "204-08", "2004-", "2004-0a", "+004-08", "2004-+8",
                "\uFF12\uFF10\uFF10\uFF14-08", "2004-\uFF18", "2004-00", ""}) {
            assertThatThrownBy(() -> Month.valueOf(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void monthsPrintAsFourDigitsADashAndTwoDigits() {
        for (int year : new int[] {1, 9, 10, 99, 100, 999, 1000, 2004, 9999}) {
            for (int month = 1; month <= 12; month++) {
                Month m = Month.of(year, month);
                assertThat(m.toString()).isEqualTo(String.format(java.util.Locale.ROOT, "%04d-%02d", year, month));
                assertThat(Month.valueOf(m.toString())).isEqualTo(m);
            }
        }
    }

    @Test
    void elapsedByMonthsAtEndOfAugustIsEightTwelfths() {
        Period year = Period.year(2004);
        assertThat(year.elapsedMonths(Day.of(2004, 8, 31))).isEqualTo(8);
        assertThat(year.elapsedMonths(Day.of(2004, 9, 15))).isEqualTo(8);
        assertThat(year.elapsedMonths(Month.of(2004, 5))).isEqualTo(5);
        assertThat(year.elapsedByMonths(Day.of(2004, 8, 31))).isEqualByComparingTo("0.6666666666666667");
    }

    @Test
    void elapsedByDaysCountsTheLeapDay() {
        // 2004 is a leap year: Jan..Aug = 31+29+31+30+31+30+31+31 = 244 days of 366.
        assertThat(Period.year(2004).elapsedDays(Day.of(2004, 8, 31))).isEqualTo(244);
        assertThat(Period.year(2004).dayCount()).isEqualTo(366);
        assertThat(Period.year(2003).elapsedDays(Day.of(2003, 8, 31))).isEqualTo(243);
        assertThat(Period.year(2003).dayCount()).isEqualTo(365);
        assertThat(Period.year(2004).elapsedByDays(Day.of(2004, 8, 31)))
                .isEqualByComparingTo(new BigDecimal(244).divide(new BigDecimal(366), java.math.MathContext.DECIMAL64));
        assertThat(Period.half(2004, 1).dayCount()).isEqualTo(182);
    }

    @Test
    void elapsedIsClampedOutsideThePeriod() {
        Period q3 = Period.quarter(2004, 3);
        assertThat(q3.elapsedDays(Day.of(2004, 1, 1))).isZero();
        assertThat(q3.elapsedDays(Day.of(2005, 1, 1))).isEqualTo(q3.dayCount());
        assertThat(q3.elapsedMonths(Month.of(2004, 6))).isZero();
        assertThat(q3.elapsedMonths(Month.of(2004, 8))).isEqualTo(2);
        assertThat(q3.elapsedMonths(Month.of(2005, 2))).isEqualTo(3);
    }

    @Test
    void monthArithmeticCrossesYears() {
        assertThat(Month.of(2004, 1).previous()).isEqualTo(Month.of(2003, 12));
        assertThat(Month.of(2004, 12).next()).isEqualTo(Month.of(2005, 1));
        assertThat(Month.of(2004, 2).lastDay()).isEqualTo(Day.of(2004, 2, 29));
        assertThat(Month.of(2004, 3).sameMonthLastYear()).isEqualTo(Month.of(2003, 3));
        assertThat(Period.containing(Period.Kind.QUARTER, Month.of(2004, 8))).isEqualTo(Period.quarter(2004, 3));
    }
}
