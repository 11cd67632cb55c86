/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import podium.importer.Bound;
import podium.importer.FigureRole;
import podium.importer.ImportedFigure;
import podium.importer.Level;
import podium.importer.Qualifier;

class FigureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "今年实际利用外资3750万美元。 | 3750万美元 | 3750 | 万美元 | EXACT",
        "上半年完成固定资产投资1.2亿元。 | 1.2亿元 | 1.2 | 亿元 | EXACT",
        "全年引进项目二十个。 | 二十个 | 20 | 个 | EXACT",
        "今年新增规上企业两家。 | 两家 | 2 | 家 | EXACT",
        "全年培训农民一百二十人次。 | 一百二十人次 | 120 | 人次 | EXACT",
        "去年新上项目十几个。 | 十几个 | 10 | 个 | ABOUT",
        "去年招引企业20余家。 | 20余家 | 20 | 家 | ABOUT",
        "今年返乡创业的农民工近千人。 | 近千人 | 1000 | 人 | ABOUT",
        "全镇个体工商户增加到0.8万户。 | 0.8万户 | 0.8 | 万户 | EXACT",
        "去年外贸出口1,200万美元。 | 1,200万美元 | 1200 | 万美元 | EXACT",
    })
    void readsNumeralsAndUnits(String text, String quotePart, BigDecimal value, String unit, Bound bound) {
        ImportedFigure f = Imports.figure(text, quotePart);
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.unit()).isEqualTo(unit);
        assertThat(f.bound()).isEqualTo(bound);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "实际利用外资确保省定2800万美元，力争3200万美元。 | 2800 | GUARANTEE | EXACT | TARGET",
        "实际利用外资确保省定2800万美元，力争3200万美元。 | 3200 | STRIVE | EXACT | TARGET",
        "全年争取新增就业6000人。 | 6000 | STRIVE | EXACT | TARGET",
        "社会消费品零售额确保增长12%以上。 | 12 | GUARANTEE | AT_LEAST | GROWTH",
        "主营业务收入突破50亿元。 | 50 | - | AT_LEAST | ACTUAL",
        "今年出口超过8000万美元。 | 8000 | - | AT_LEAST | ACTUAL",
        "全年建设用地不低于300亩。 | 300 | - | AT_LEAST | ACTUAL",
        "去年税收收入5亿元左右。 | 5 | - | ABOUT | ACTUAL",
        "今年入库税金约3亿元。 | 3 | - | ABOUT | ACTUAL",
        "去年搬进新区的居民400多户。 | 400 | - | ABOUT | ACTUAL",
        "能耗增幅要控制在3%以内。 | 3 | - | AT_MOST | GROWTH",
        "安全事故死亡人数不超过5人。 | 5 | - | AT_MOST | ACTUAL",
        "年内新建厂房12万平方米。 | 12 | - | EXACT | TARGET",
        "一季度全镇工业产值完成9.4亿元。 | 9.4 | - | EXACT | ACTUAL",
    })
    void readsLevelsBoundsAndTargetsOrActuals(String text, BigDecimal value, Level level, Bound bound,
            FigureRole role) {
        ImportedFigure f = Imports.speech(text).figures().stream().filter(x -> value.compareTo(x.value()) == 0)
                .findFirst().orElseThrow();
        assertThat(f.level()).isEqualTo(level);
        assertThat(f.bound()).isEqualTo(bound);
        assertThat(f.role()).isEqualTo(role);
        assertThat(f.qualifier()).isEqualTo(Qualifier.of(level, bound));
    }

    @Test
    void readsGrowthSharesAndTheirIndicators() {
        List<ImportedFigure> figures = Imports.speech(
                "一季度，全镇gdp实现8.6亿元、增长6.1%；税收收入完成3亿元、同比下降2.4%，占全县税收的15%。").figures();
        ImportedFigure gdp = Imports.figure(figures, "8.6");
        assertThat(gdp.indicator()).isEqualTo("gdp");
        assertThat(gdp.period()).isEqualTo("一季度");
        ImportedFigure growth = Imports.figure(figures, "6.1%");
        assertThat(growth.role()).isEqualTo(FigureRole.GROWTH);
        assertThat(growth.indicator()).isEqualTo("gdp");
        ImportedFigure decline = Imports.figure(figures, "2.4%");
        assertThat(decline.value()).isEqualByComparingTo("-2.4");
        assertThat(decline.indicator()).isEqualTo("税收收入");
        ImportedFigure share = Imports.figure(figures, "15%");
        assertThat(share.role()).isEqualTo(FigureRole.SHARE);
        assertThat(share.indicator()).isEqualTo("税收收入");
    }

    @Test
    void readsRanksWithThePeerGroup() {
        List<ImportedFigure> figures = Imports.speech("实际利用外资在全省21个统计单位中排名第16位，外贸出口在18个地市中排倒数第二，"
                + "地方财政收入总量全市排名第三，力争进入全省前10位。").figures();
        ImportedFigure fdi = Imports.figure(figures, "第16位");
        assertThat(fdi.role()).isEqualTo(FigureRole.RANK);
        assertThat(fdi.value()).isEqualByComparingTo("16");
        assertThat(fdi.of()).isEqualTo(21);
        assertThat(fdi.unit()).isNull();
        assertThat(fdi.indicator()).isEqualTo("实际利用外资");
        ImportedFigure exports = Imports.figure(figures, "倒数第二");
        assertThat(exports.value()).isEqualByComparingTo("17");
        assertThat(exports.of()).isEqualTo(18);
        assertThat(Imports.figure(figures, "第三").of()).isNull();
        ImportedFigure top = Imports.figure(figures, "前10位");
        assertThat(top.level()).isEqualTo(Level.STRIVE);
        assertThat(top.bound()).isEqualTo(Bound.AT_MOST);
        assertThat(figures).noneMatch(f -> f.quote().equals("21个统计单位"));
    }

    @Test
    void distributesListsWithFenbie() {
        List<ImportedFigure> figures = Imports.speech("今年1-5月份，全镇个体经济完成投资4亿元，实现营业额11亿元，"
                + "上缴税金0.9亿元，同比分别增长13%、8%、21%。").figures();
        assertThat(figures).filteredOn(f -> f.role() == FigureRole.GROWTH).extracting(ImportedFigure::indicator)
                .containsExactly("投资", "营业额", "上缴税金");
        assertThat(figures).allMatch(f -> "今年1-5月份".equals(f.period()));
    }

    @Test
    void zeroTargetsAreFigures() {
        ImportedFigure f = Imports.figure("今年要确保实现“零进京”目标。", "零进京");
        assertThat(f.value()).isEqualByComparingTo("0");
        assertThat(f.role()).isEqualTo(FigureRole.TARGET);
        assertThat(f.level()).isEqualTo(Level.GUARANTEE);
        assertThat(Imports.speech("政企之间要“零距离”沟通。").figures()).isEmpty();
    }

    @Test
    void datesPlanNamesOrdinalsSlogansAndArticlesAreNotFigures() {
        String text = "2015年6月底，我们贯彻“十二五”规划和“十抓十促”要求，发展第三产业，一个领导包一个项目，"
                + "做好第六批项目，召开六届十一次全会，推进二期项目，落实三年规划，千家万户受益。";
        assertThat(Imports.speech(text).figures()).isEmpty();
    }

    @Test
    void figuresKnowTheirLineInTheInput() {
        String text = "同志们：\n这一年来，\n全镇新办企业38个。";
        ImportedFigure f = Imports.figure(text, "38个");
        assertThat(f.line()).isEqualTo(3);
        assertThat(Imports.speech(text).text().substring(f.offset(), f.offset() + f.length())).isEqualTo(f.quote());
    }
}
