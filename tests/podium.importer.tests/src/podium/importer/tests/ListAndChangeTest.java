/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.importer.Bound;
import podium.importer.FigureRole;
import podium.importer.ImportedFigure;

/**
 * Numbers of a list share the unit that closes it; a range gives its lower end, at least; a change is signed,
 * in percentage points (回落3.4个百分点 is -3.4) as in amounts (减少35亿元 is -35).
 */
class ListAndChangeTest {

    @Test
    void numbersOfAListShareTheUnitThatClosesIt() {
        List<ImportedFigure> figures = Imports.speech("两个镇的人均收入分别为8760和7410元。").figures();
        assertThat(figures).extracting(f -> f.value().intValue()).containsExactly(8760, 7410);
        assertThat(figures).allMatch(f -> "元".equals(f.unit()) && f.role() == FigureRole.ACTUAL);
        List<ImportedFigure> three = Imports.speech("三个园区完成投资分别为4.2、3.8和2.5亿元。").figures();
        assertThat(three).extracting(f -> f.value().toPlainString()).containsExactly("4.2", "3.8", "2.5");
        assertThat(three).allMatch(f -> "亿元".equals(f.unit()));
    }

    @Test
    void ratesOfAListAreAllGrowths() {
        List<ImportedFigure> figures = Imports.speech("工业用电和居民用电分别增长6%、11%。").figures();
        assertThat(figures).extracting(f -> f.value().intValue()).containsExactly(6, 11);
        assertThat(figures).allMatch(f -> f.role() == FigureRole.GROWTH && "%".equals(f.unit()));
    }

    @Test
    void blankedNumbersOfAListShareTheUnitToo() {
        List<ImportedFigure> figures = Imports.speech("两个项目的到位资金只有x、x万元。").figures();
        assertThat(figures).hasSize(2).allMatch(f -> f.value() == null && "万元".equals(f.unit()));
    }

    @Test
    void aRangeIsItsLowerEndAtLeast() {
        ImportedFigure f = Imports.figure("每个村要培育3—5户示范户。", "3");
        assertThat(f.value()).isEqualByComparingTo("3");
        assertThat(f.unit()).isEqualTo("户");
        assertThat(f.bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(Imports.speech("每个村要培育3—5户示范户。").figures()).hasSize(1);
    }

    @Test
    void aHeadingNumberBeforeAYearStartsNoList() {
        assertThat(Imports.speech("同志们：\n三、2019年的重点工作\n要抓好项目建设。").figures()).isEmpty();
    }

    @Test
    void declinesInPercentagePointsAreNegative() {
        assertThat(Imports.figure("规上工业增加值增速比一季度回落2.7个百分点。", "2.7").value()).isEqualByComparingTo("-2.7");
        assertThat(Imports.figure("固定资产投资增速较上月下滑0.9个百分点。", "0.9").value()).isEqualByComparingTo("-0.9");
        ImportedFigure lower = Imports.figure("我县税收增幅比全市平均低1.4个百分点。", "1.4");
        assertThat(lower.value()).isEqualByComparingTo("-1.4");
        assertThat(lower.role()).isEqualTo(FigureRole.GROWTH);
        assertThat(Imports.figure("农民收入增速高于城镇居民2.1个百分点。", "2.1").value()).isEqualByComparingTo("2.1");
    }

    @Test
    void aChangeOfAnAmountIsASignedGrowth() {
        ImportedFigure fall = Imports.figure("受停产影响，两家电厂产值合计减少12.6亿元。", "12.6");
        assertThat(fall.value()).isEqualByComparingTo("-12.6");
        assertThat(fall.role()).isEqualTo(FigureRole.GROWTH);
        assertThat(Imports.figure("规上企业比上年增加7家。", "7家").value()).isEqualByComparingTo("7");
        assertThat(Imports.figure("规上企业比上年增加7家。", "7家").role()).isEqualTo(FigureRole.GROWTH);
        // 增加值 is a level, not a change
        assertThat(Imports.figure("全镇农业增加值2.3亿元。", "2.3").role()).isEqualTo(FigureRole.ACTUAL);
    }
}
