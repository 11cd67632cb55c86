/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import podium.importer.internal.figures.ChineseNumerals;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"十, 10", "二十, 20", "两, 2", "十二, 12", "一百二十, 120", "一百零五, 105", "三千五百, 3500",
        "一万二千, 12000", "二〇一五, 2015", "九十九, 99", "千, 1000"})
    void readsChineseNumerals(String numeral, int value) {
        assertThat(ChineseNumerals.parse(numeral)).isEqualByComparingTo(BigDecimal.valueOf(value));
    }

    @org.junit.jupiter.api.Test
    void rejectsDigitsRunTogetherWithAMultiplier() {
        // 十一五 names a five-year plan: it is not one number
        assertThat(ChineseNumerals.parse("十一五")).isNull();
        assertThat(ChineseNumerals.parse("三十四五")).isNull();
    }
}
