/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import podium.compute.Growth;
import podium.compute.RankMovement;
import podium.compute.Ranking;

class RankingAndGrowthTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void tiesShareTheBestRankAndTheNextRankSkips() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("东县", d("10"));
        values.put("西县", d("30"));
        values.put("高新区", d("20"));
        values.put("南区", d("20.00"));
        values.put("北区", null);
        List<Ranking.Entry<String>> r = Ranking.rank(values, false);
        assertThat(r).extracting(Ranking.Entry::member).containsExactly("西县", "高新区", "南区", "东县", "北区");
        assertThat(r).extracting(Ranking.Entry::rank).containsExactly(1, 2, 2, 4, null);
        assertThat(r).extracting(Ranking.Entry::tied).containsExactly(false, true, true, false, false);
        assertThat(Ranking.rankOf(r, "东县")).isEqualTo(4);
    }

    @Test
    void lowerIsBetterRanksAscending() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("a", d("3"));
        values.put("b", d("1"));
        assertThat(Ranking.rank(values, true)).extracting(Ranking.Entry::member).containsExactly("b", "a");
    }

    @Test
    void rankMovementInTheBulletinsWords() {
        assertThat(RankMovement.between(7, 8).describe()).isEqualTo("由第7位退至第8位");
        assertThat(RankMovement.between(7, 8).trend()).isEqualTo(RankMovement.Trend.DOWN);
        assertThat(RankMovement.between(9, 5).places()).isEqualTo(4);
        assertThat(RankMovement.between(9, 5).describe()).isEqualTo("由第9位升至第5位");
        assertThat(RankMovement.between(3, 3).describe()).isEqualTo("保持第3位");
        assertThatThrownBy(() -> RankMovement.between(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearOnYearGrowthIncludingDeclinesAndMissingBase() {
        assertThat(Growth.percent(d("1150"), d("1000"))).isEqualByComparingTo("15");
        assertThat(Growth.percent(d("850"), d("1000"))).isEqualByComparingTo("-15");
        assertThat(Growth.percent(d("50"), d("0"))).isNull();
        assertThat(Growth.percent(null, d("10"))).isNull();
        // from a loss of 100 to a loss of 50 is an improvement: +50 %
        assertThat(Growth.percent(d("-50"), d("-100"))).isEqualByComparingTo("50");
    }

    @Test
    void peerAverageOfTotalsDiffersFromTheMeanOfRates() {
        List<Growth.YearOnYear> peers = List.of(new Growth.YearOnYear(d("110"), d("100")),
                new Growth.YearOnYear(d("1500"), d("1000")), new Growth.YearOnYear(d("5"), null));
        // totals: 1610 / 1100 - 1 = 46.3636...%; rates: (10 + 50) / 2 = 30 %
        assertThat(Growth.ofTotals(peers)).isEqualByComparingTo("46.36363636363636");
        assertThat(Growth.meanOfRates(peers)).isEqualByComparingTo("30");
        // own 12.345 -> 12.35, average 15.555 -> 15.56: 3.21 points below the average
        assertThat(Growth.differenceFromAverage(d("12.345"), d("15.555"))).isEqualByComparingTo("-3.21");
    }
}
