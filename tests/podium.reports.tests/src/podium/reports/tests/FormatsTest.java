/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import podium.model.Unit;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;

/** Chinese number style, checked against how published bulletins write each kind of number. */
class FormatsTest {

    private final Formats zh = Formats.chinese();
    private final Formats en = Formats.english();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void percentagesHaveTwoDecimalsRoundedHalfUp() {
        // 15844 / 38000 = 0.416947… → 41.69%
        assertThat(zh.percent(d("41.694736842"))).isEqualTo("41.69%");
        assertThat(zh.percent(d("37.225"))).isEqualTo("37.23%");
        assertThat(zh.percent(d("117"))).isEqualTo("117.00%");
    }

    @Test
    void gapsAreWordedBySignInPercentagePoints() {
        assertThat(zh.gapToSchedule(d("0.02"))).isEqualTo("超序时进度0.02个百分点");
        assertThat(zh.gapToSchedule(d("-8.5"))).isEqualTo("低于序时进度8.50个百分点");
        assertThat(zh.gapToSchedule(d("0.001"))).isEqualTo("与序时进度持平");
        assertThat(en.gapToSchedule(d("-8.5"))).isEqualTo("8.50 pp behind the time schedule");
    }

    @Test
    void yearOnYearCarriesTheSignInTheWordNeverAsMinus() {
        assertThat(zh.yearOnYear(d("9.1"))).isEqualTo("同比增长9.10%");
        assertThat(zh.yearOnYear(d("-8.92"))).isEqualTo("同比下降8.92%");
        assertThat(zh.yearOnYear(d("0"))).isEqualTo("与上年同期持平");
        assertThat(en.yearOnYear(d("-100"))).isEqualTo("down 100.00% year on year");
    }

    @Test
    void proseUsesYiFromOneHundredMillionAndWholeWanBelow() {
        assertThat(zh.prose(d("24000"), Unit.TEN_THOUSAND_USD)).isEqualTo("2.40亿美元");
        assertThat(zh.prose(d("502000"), Unit.TEN_THOUSAND_USD)).isEqualTo("50.20亿美元");
        assertThat(zh.prose(d("4668.4"), Unit.TEN_THOUSAND_USD)).isEqualTo("4668万美元");
        assertThat(zh.prose(d("46680000"), Unit.USD)).isEqualTo("4668万美元");
        assertThat(zh.prose(d("996800"), Unit.TEN_THOUSAND_YUAN)).isEqualTo("99.68亿元");
        assertThat(zh.prose(d("219.224"), Unit.HUNDRED_MILLION_YUAN)).isEqualTo("219.22亿元");
        assertThat(zh.prose(d("0.5"), Unit.HUNDRED_MILLION_YUAN)).isEqualTo("5000万元");
        assertThat(zh.prose(d("36"), Unit.FIRM)).isEqualTo("36家");
    }

    @Test
    void tableCellsKeepTheColumnsUnitAndShowRanksInBrackets() {
        assertThat(zh.cell(new Value.Amount(d("15844"), Unit.TEN_THOUSAND_USD))).isEqualTo("15844");
        assertThat(zh.cell(new Value.Amount(d("99.675"), Unit.HUNDRED_MILLION_YUAN))).isEqualTo("99.68");
        assertThat(zh.cell(new Value.Amount(d("2350.50"), Unit.TEN_THOUSAND_USD))).isEqualTo("2350.5");
        assertThat(zh.cell(new Value.Ranked(new Value.Amount(d("15844"), Unit.TEN_THOUSAND_USD),
                new Value.Rank(3, 14)))).isEqualTo("15844（3）");
        assertThat(en.cell(new Value.Ranked(new Value.Percent(d("41.6947")), new Value.Rank(1, 0))))
                .isEqualTo("41.69% (1)");
        assertThat(zh.cell(new Value.Points(d("0.02")))).isEqualTo("+0.02");
        assertThat(zh.cell(new Value.Points(d("-1.5")))).isEqualTo("-1.50");
        assertThat(zh.cell(new Value.Empty("no target"))).isEqualTo("-");
        // Chizhou's 2020 safety table: "—" where last year's base was zero, so growth cannot be computed
        assertThat(zh.cell(new Value.Empty("base 0", Value.Empty.Kind.NO_BASE))).isEqualTo("\u2014");
    }

    @Test
    void datesWithoutLeadingZerosAndChineseNumerals() {
        assertThat(zh.date(podium.model.time.Day.of(2018, 12, 5))).isEqualTo("2018年12月5日");
        assertThat(en.date(podium.model.time.Day.of(2018, 12, 5))).isEqualTo("5 December 2018");
        assertThat(List.of(1, 3, 10, 12, 20, 21, 99).stream().map(zh::numeral))
                .containsExactly("一", "三", "十", "十二", "二十", "二十一", "九十九");
        assertThat(zh.numeral(100)).isEqualTo("100");
        assertThat(en.numeral(3)).isEqualTo("3");
    }

    @Test
    void ranksAndMovements() {
        assertThat(zh.rank(16, 21)).isEqualTo("第16位/共21");
        assertThat(zh.rank(1, 0)).isEqualTo("第1位");
        assertThat(en.rank(16, 21)).isEqualTo("#16 of 21");
        assertThat(zh.movement(2)).isEqualTo("↑2");
        assertThat(zh.movement(-1)).isEqualTo("↓1");
        assertThat(zh.movement(0)).isEqualTo("–");
    }

    @Test
    void theLocaleChoosesTheLanguage() {
        assertThat(Formats.forLocale(java.util.Locale.TRADITIONAL_CHINESE).isChinese()).isTrue();
        assertThat(Formats.forLocale(java.util.Locale.GERMAN).isChinese()).isFalse();
    }
}
