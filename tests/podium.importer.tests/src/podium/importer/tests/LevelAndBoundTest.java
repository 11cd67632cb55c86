/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import podium.importer.Bound;
import podium.importer.ImportedFigure;
import podium.importer.Level;
import podium.importer.Qualifier;

/** A figure's level (确保, 力争) and its bound (以上, 以内, 左右, exact) are read apart: a figure can have both. */
class LevelAndBoundTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "单位产值能耗增幅力争控制在2.8%以内。 | 2.8 | STRIVE | AT_MOST",
        "全市进出口总额确保达到6500万美元以上。 | 6500 | GUARANTEE | AT_LEAST",
        "社会消费品零售额力争达到210亿元左右。 | 210 | STRIVE | ABOUT",
        "今年全县引进内资确保突破40亿元。 | 40 | GUARANTEE | AT_LEAST",
        "争取全年新增市场主体3000户。 | 3000 | STRIVE | EXACT",
        "确保新开工项目不少于15个。 | 15 | GUARANTEE | AT_LEAST",
        "去年民间投资完成96亿元左右。 | 96 | - | ABOUT",
        "城镇登记失业率控制在4.2%以内。 | 4.2 | - | AT_MOST",
        "今年引进外来务工人员近两千人。 | 2000 | - | ABOUT",
        "全年接待游客超150万人次。 | 150 | - | AT_LEAST",
        "开发区签约项目总投资上百亿元。 | 100 | - | AT_LEAST",
        "上半年纳税超过500万元的企业有26家。 | 500 | - | AT_LEAST",
        "全年完成造林面积1.6万亩。 | 1.6 | - | EXACT",
    })
    void readsLevelAndBoundApart(String text, BigDecimal value, Level level, Bound bound) {
        ImportedFigure f = withValue(text, value);
        assertThat(f.level()).isEqualTo(level);
        assertThat(f.bound()).isEqualTo(bound);
    }

    @Test
    void theOldQualifierIsTheLevelWhenThereIsOneElseTheBound() {
        assertThat(withValue("单位产值能耗增幅力争控制在2.8%以内。", new BigDecimal("2.8")).qualifier())
                .isEqualTo(Qualifier.STRIVE);
        assertThat(withValue("城镇登记失业率控制在4.2%以内。", new BigDecimal("4.2")).qualifier())
                .isEqualTo(Qualifier.AT_MOST);
        assertThat(Qualifier.of(null, Bound.ABOUT)).isEqualTo(Qualifier.ABOUT);
        assertThat(Qualifier.of(Level.GUARANTEE, Bound.AT_LEAST)).isEqualTo(Qualifier.GUARANTEE);
    }

    /** 上 before a count is the verb "to set up", 超 ending a word (赶超) is no bound. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "镇里计划今年上四个农产品加工项目。 | 4",
        "全区税收增幅要赶超全市平均3个百分点。 | 3",
        "这个园区年内上马企业6家。 | 6",
    })
    void wordsThatOnlyLookLikeBoundsAreNoBounds(String text, BigDecimal value) {
        assertThat(withValue(text, value).bound()).isEqualTo(Bound.EXACT);
    }

    /** 争取 with a fund as its object reports what was obtained; 争取 before an achievement strives for it. */
    @Test
    void zhengquObtainsFundsButStrivesForResults() {
        assertThat(withValue("我们为园区企业争取贴息资金450万元。", new BigDecimal("450")).level()).isNull();
        assertThat(withValue("年内争取新建标准厂房8万平方米。", new BigDecimal("8")).level()).isEqualTo(Level.STRIVE);
    }

    /** A bound verb before the whole of a share bounds the share: 不低于计划的90%. */
    @Test
    void aBoundBeforeTheWholeOfAShareBoundsTheShare() {
        ImportedFigure f = withValue("各乡镇完成的比例不低于县定任务的85%。", new BigDecimal("85"));
        assertThat(f.bound()).isEqualTo(Bound.AT_LEAST);
    }

    private static ImportedFigure withValue(String text, BigDecimal value) {
        return Imports.speech(text).figures().stream()
                .filter(f -> f.value() != null && f.value().compareTo(value) == 0).findFirst().orElseThrow();
    }
}
