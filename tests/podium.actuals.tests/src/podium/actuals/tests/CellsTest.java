/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.actuals.internal.Cells;

/** Numbers of text cells and CSV files: thousands separators are read only where they group by three. */
class CellsTest {

    @Test
    void readsNumbersGroupedByThree() {
        assertThat(Cells.number("1,020")).isEqualByComparingTo("1020");
        assertThat(Cells.number("12,345.6")).isEqualByComparingTo("12345.6");
        assertThat(Cells.number("1,234,567")).isEqualByComparingTo("1234567");
        assertThat(Cells.number("-3,400.25")).isEqualByComparingTo("-3400.25");
        assertThat(Cells.number("987,654,321.0")).isEqualByComparingTo("987654321");
        assertThat(Cells.number("1,500%")).isEqualByComparingTo("1500");
        assertThat(Cells.number("4 560 000")).as("spaces as separators").isEqualByComparingTo("4560000");
    }

    @Test
    void readsFullWidthDigitsAndCommas() {
        assertThat(Cells.number("１，０２０")).isEqualByComparingTo("1020");
        assertThat(Cells.number("２３，４５６．７８")).isEqualByComparingTo("23456.78");
    }

    @Test
    void readsNumbersWithoutGrouping() {
        assertThat(Cells.number("102")).isEqualByComparingTo("102");
        assertThat(Cells.number("1.02")).isEqualByComparingTo("1.02");
        assertThat(Cells.number("1020")).isEqualByComparingTo("1020");
        assertThat(Cells.number(" 0.08 ")).isEqualByComparingTo("0.08");
        assertThat(Cells.number("- 5")).as("a space after the sign is layout").isEqualByComparingTo("-5");
        assertThat(Cells.number("12.5 %")).isEqualByComparingTo("12.5");
    }

    @Test
    void refusesSeparatorsThatDoNotGroupByThree() {
        for (String text : new String[] { "1,02", "1,0200", ",102", "102,", "1,,020", "12,34,567", "1,234.5,6",
                "0,5", "1 02", "1,234 567", "１，０２" }) {
            assertThat(Cells.number(text)).as(text).isNull();
            assertThat(Cells.misgrouped(text)).as(text).isTrue();
        }
    }

    @Test
    void refusesTheEuropeanDecimalComma() {
        // 1.020,5 is 1020.5 in Germany and would be 1.0205 with its comma dropped: neither reading is safe
        assertThat(Cells.number("1.020,5")).isNull();
        assertThat(Cells.number("3,5")).isNull();
        assertThat(Cells.misgrouped("1.020,5")).isTrue();
    }

    @Test
    void otherTextIsNotANumberButNotMisgrouped() {
        for (String text : new String[] { "十", "abc", "1,0a0", ",", "" }) {
            assertThat(Cells.number(text)).as(text).isNull();
            assertThat(Cells.misgrouped(text)).as(text).isFalse();
        }
        assertThat(Cells.misgrouped("1e3")).as("told apart as an exponent").isFalse();
        assertThat(Cells.misgrouped("1,020")).as("a number").isFalse();
    }
}
