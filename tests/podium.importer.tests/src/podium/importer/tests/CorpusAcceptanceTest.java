/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import podium.importer.FigureRole;
import podium.importer.ImportResult;
import podium.importer.ImportedFigure;
import podium.importer.ImportedSpeech;
import podium.importer.Qualifier;

/**
 * Imports the real texts in {@code ../shared/corpus} (beside the repository) when it is there. The speech
 * counts and the figures below were determined by reading each text, not taken from the importer: each
 * row is a statement of the text as a planner reads it (input line, value, unit, qualifier, role).
 * speech-18 states fewer than 20 quantities and speech-02 and speech-15 none; every one they state is listed.
 * Counts that announce the parts of a speech (三个方面, 四点意见) are not quantities.
 */
class CorpusAcceptanceTest {

    private static final Pattern PINYIN = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]");
    private static final Pattern MOJIBAKE = Pattern.compile(
            "[?？][;；,，:：!！a-zA-Z^_@]|[a-z]+\\)|[?\uFFFD]|[\uE000-\uF8FF]");
    private static Path corpus;

    @BeforeAll
    static void findCorpus() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("pom.xml"))) {
                corpus = candidate;
                return;
            }
        }
    }

    private static ImportResult importCorpusFile(String name) {
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not there");
        return Imports.IMPORTER.importFile(corpus.resolve(name));
    }

    @ParameterizedTest
    @CsvSource({"speech-02.txt, 1", "speech-03.txt, 1", "speech-06.txt, 1", "speech-08.txt, 1", "speech-15.txt, 2",
        "speech-18.txt, 1"})
    void cleansEveryTextAndFindsItsSpeeches(String name, int speeches) {
        ImportResult result = importCorpusFile(name);
        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(result.speeches()).hasSize(speeches);
        for (ImportedSpeech speech : result.speeches()) {
            assertThat(PINYIN.matcher(speech.text()).find()).as("pinyin left in %s", name).isFalse();
            assertThat(MOJIBAKE.matcher(speech.text()).results().map(m -> m.group()).toList())
                    .as("mojibake left in %s", name).isEmpty();
            assertThat(speech.text()).doesNotContain("篇二").doesNotContainPattern("当前第\\d*页|共\\d+页");
            assertThat(speech.text().chars().filter(c -> c == '□').count()).as("□ in %s", name).isLessThanOrEqualTo(1);
        }
    }

    /**
     * speech-02 and speech-15 state no quantity at all: their only numbers are dates (2015年, 20xx年), names
     * (“六个跟踪”, “三个代表”, 五大发展理念) and the counts that announce the parts of the speech (我先讲四点意见,
     * 从三个方面入手, 要在四个方面求突破, 两个关键), none of which is a figure.
     */
    @ParameterizedTest
    @CsvSource({"speech-02.txt", "speech-15.txt"})
    void speechesThatStateNoQuantityHaveNoFigures(String name) {
        List<ImportedFigure> figures = new ArrayList<>();
        importCorpusFile(name).speeches().forEach(s -> figures.addAll(s.figures()));
        assertThat(figures).isEmpty();
    }

    @ParameterizedTest(name = "speech-03 line {0}: {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "3 | 1.5 | 万户 | EXACT | ACTUAL", // 全县民营业户达到1.5万户
        "3 | 12 | 万人 | EXACT | ACTUAL", // 从业人员12万人
        "3 | 31 | 亿元 | EXACT | ACTUAL", // 注册资金31亿元
        "3 | 1460 | 家 | EXACT | ACTUAL", // 中小微企业1460家
        "3 | 338 | 家 | EXACT | ACTUAL", // 其中规模以上工业企业338家
        "3 | 20 | 亿元 | EXACT | ACTUAL", // 完成固定资产投入20亿元
        "3 | 43 | 亿元 | EXACT | ACTUAL", // 实现增加值43亿元
        "3 | 168 | 亿元 | EXACT | ACTUAL", // 营业收入168亿元
        "3 | 14 | 亿元 | EXACT | ACTUAL", // 利税14亿元
        "3 | 22 | % | EXACT | GROWTH", // 同比分别增长22%、17%、24%、15%
        "3 | 17 | % | EXACT | GROWTH",
        "3 | 24 | % | EXACT | GROWTH",
        "3 | 15 | % | EXACT | GROWTH",
        "6 | 12 | 期 | EXACT | ACTUAL", // 已录制播出创业成功典型12期
        "6 | 1000 | 人 | ABOUT | ACTUAL", // 已新增创业人员近千人
        "8 | 32 | 名 | EXACT | ACTUAL", // 组织32名企业负责人
        "8 | 28 | 家 | EXACT | ACTUAL", // 组织28家重点企业负责人
        "8 | 220 | 人 | EXACT | ACTUAL", // 参训人员220人
        "8 | 36 | 家 | EXACT | ACTUAL", // 组织36家骨干企业负责人
        "8 | 5 | 期 | EXACT | ACTUAL", // 已举办各类培训班5期
        "8 | 318 | 人 | EXACT | ACTUAL", // 培训人员318人
        "10 | 1.2 | 亿元 | EXACT | ACTUAL", // 申请融资1.2亿元
        "10 | 20 | 家 | EXACT | ACTUAL", // 对我县20家棉纺织、植物油企业
        "10 | 1 | 亿元 | EXACT | ACTUAL", // 1亿元授信资金
        "12 | 5.6 | 亿元 | EXACT | ACTUAL", // 完成技改投入5.6亿元
        "12 | 100 | 台 | ABOUT | ACTUAL", // 新上高档设备100多台(套)
        "12 | 30 | 台 | EXACT | ACTUAL", // 更换了30台新型脱绒机
        "14 | 5 | 亿元 | EXACT | ACTUAL", // 投资5亿元
        "14 | 5 | 万吨 | EXACT | ACTUAL", // 年产5万吨竹浆粕
        "14 | 4000 | 万元 | EXACT | TARGET", // 计划在我县投资4000万元
        "14 | 2 | 条 | EXACT | TARGET", // 上两条漂染生产线项目
        "14 | 3.5 | 亿元 | EXACT | ACTUAL", // 合作投资3.5亿元的凝血酶生物制药项目
        "22 | 5 | 期 | EXACT | TARGET", // 再举办五期不同层次的培训班
        "22 | 1000 | 人次 | STRIVE | TARGET", // 力争培训人员1000人次
    })
    void speech03(int line, String value, String unit, Qualifier qualifier, FigureRole role) {
        assertFigure("speech-03.txt", line, value, unit, qualifier, role);
    }

    @ParameterizedTest(name = "speech-06 line {0}: {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "5 | 136.5 | 亿元 | EXACT | ACTUAL", // 上半年，全区gdp完成136.5亿元
        "5 | 5.5 | % | EXACT | GROWTH", // 增长5.5%
        "5 | 1.5 | 个百分点 | EXACT | GROWTH", // 较一季度提高1.5个百分点
        "5 | 30 | % | EXACT | GROWTH", // 财政总收入完成50亿元、增长30%
        "5 | 40 | % | EXACT | SHARE", // 占全市总收入的40%
        "5 | 4.3 | 亿元 | EXACT | ACTUAL", // 地方财政收入完成4.3亿元
        "5 | 14.3 | % | EXACT | GROWTH", // 同口径增长14.3%
        "5 | 2 | - | EXACT | RANK", // 总量全市排名第二
        "5 | 3 | - | EXACT | RANK", // 增速全市排名第三
        "5 | 23 | 个百分点 | EXACT | GROWTH", // 较一季度提升了23个百分点
        "5 | 38 | 个 | EXACT | ACTUAL", // 全区共引进项目38个
        "5 | 287 | 亿元 | EXACT | ACTUAL", // 签约资金287亿元
        "5 | 67.8 | 亿元 | EXACT | ACTUAL", // 完成投资67.8亿元
        "5 | 161 | 亿元 | EXACT | ACTUAL", // 100个区级重点项目完成投资161亿元
        "5 | 76 | % | EXACT | SHARE", // 占年度计划的76%
        "5 | 195.8 | 亿元 | EXACT | ACTUAL", // 规模以上工业总产值完成195.8亿元
        "5 | -11.8 | % | EXACT | GROWTH", // 同比下降11.8%
        "5 | 12.9 | 亿元 | EXACT | ACTUAL", // 实现营业利润12.9亿元
        "5 | 8.5 | % | EXACT | ACTUAL", // 成本费用利润率达到8.5%
        "5 | 756.5 | 个百分点 | EXACT | GROWTH", // 批发零售业投资增长较去年同期提高756.5个百分点
        "5 | 300 | 户 | ABOUT | ACTUAL", // 已回迁群众300多户
        "5 | 4853 | 人 | EXACT | ACTUAL", // 新增城镇就业4853人
        "5 | 1427 | 万元 | EXACT | ACTUAL", // 发放城乡低保保障金1427万元
        "6 | 24 | 个 | EXACT | ACTUAL", // 全省24个城区的竞争
        "6 | 35 | % | EXACT | SHARE", // 仅完成年度计划投资比例的35%
        "11 | 14.5 | % | STRIVE | GROWTH", // 力争年内规模以上工业增加值增速达到14.5%
        "12 | 2 | 户 | AT_LEAST | TARGET", // 年内引进大型工业企业2户以上
        "13 | 12 | 户 | GUARANTEE | TARGET", // 确保全年培育规模以上工业企业12户
        "14 | 22.5 | % | GUARANTEE | GROWTH", // 确保固定资产投资增长22.5%以上
        "15 | 90 | % | AT_LEAST | SHARE", // 必须完成年度计划投资的90%以上
        "17 | 91 | 个 | EXACT | ACTUAL", // 全区共策划包装项目91个
        "20 | 18 | 户 | GUARANTEE | TARGET", // 确保年内培育限额以上商贸企业18户
        "20 | 96.7 | 亿元 | GUARANTEE | TARGET", // 社会消费品零售总额完成96.7亿元以上
        "24 | 5.6 | 亿元 | EXACT | ACTUAL", // 目前，已争取国开行贷款5.6亿元
        "24 | 50 | % | STRIVE | SHARE", // 年内争取资金不少于全市棚改资金总量的50%
        "24 | 20 | 亿元 | AT_LEAST | TARGET", // 年内完成投资20亿元以上
        "26 | 28 | 个 | EXACT | TARGET", // 年底前“四化”示范村达到28个
        "29 | 90 | % | GUARANTEE | SHARE", // 确保三季度末完成任务90%以上
        "31 | 6000 | 人 | GUARANTEE | TARGET", // 确保年内新增城镇就业6000人
        "31 | 4 | 万人次 | GUARANTEE | TARGET", // 转移农村劳动力4万人次
    })
    void speech06(int line, String value, String unit, Qualifier qualifier, FigureRole role) {
        assertFigure("speech-06.txt", line, value, unit, qualifier, role);
    }

    @ParameterizedTest(name = "speech-08 line {0}: {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "4 | - | 亿元 | EXACT | ACTUAL", // 共引进省外合同资金[blank]亿元
        "4 | - | 万元 | AT_LEAST | ACTUAL", // 引进[blank]万元以上签约项目
        "4 | - | 万美元 | EXACT | ACTUAL", // 实际利用外资[blank]万美元
        "4 | - | % | EXACT | SHARE", // 占年计划的[blank]%
        "4 | 60.2 | % | EXACT | GROWTH", // 同比增长60.2%
        "4 | 1 | - | EXACT | RANK", // 外贸出口暂列全市第一
        "5 | - | 个 | EXACT | ACTUAL", // 共组织x个小分队
        "5 | - | 个 | STRIVE | TARGET", // 力争全县新上工业项目x个，其中机电项目x个……
        "5 | - | % | STRIVE | SHARE", // 年内竣工项目要力争占到x%以上
        "5 | - | 亿元 | STRIVE | TARGET", // 规模以上工业增加值完成[blank]亿元
        "5 | - | 亿 | STRIVE | TARGET", // 主营业务收入突破[blank]亿
        "5 | - | 万美元 | STRIVE | TARGET", // 实际利用外资[blank]万美元，出口创汇[blank]万美元
        "5 | - | 户 | STRIVE | TARGET", // 新增规模以上工业企业[blank]户
        "5 | - | 万元 | EXACT | ACTUAL", // 拨付了全县外贸出口企业资金扶持x万元
        "5 | - | 家 | EXACT | ACTUAL", // 对x家重点出口企业
        "5 | - | 万美元 | EXACT | ACTUAL", // 使以上企业出口总计x万美元
        "5 | - | % | EXACT | SHARE", // 占出口额x%
        "7 | - | 万美元 | AT_MOST | ACTUAL", // 全县实际利用外资不到x万美元
        "7 | - | 万美元 | AT_LEAST | ACTUAL", // 没有投资上x万美元的大项目
        "7 | - | 万美元 | EXACT | ACTUAL", // 即便是总投资x万美元的项目
        "7 | - | 个 | EXACT | ACTUAL", // 目前我县新签约x个外资项目
        "7 | - | 万美元 | ABOUT | ACTUAL", // 总投资近[blank]万美元
    })
    void speech08(int line, String value, String unit, Qualifier qualifier, FigureRole role) {
        assertFigure("speech-08.txt", line, value, unit, qualifier, role);
    }

    @ParameterizedTest(name = "speech-18 line {0}: {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "3 | 3 | 家 | EXACT | ACTUAL", // 攀煤（集团）3家单位在会上作了交流发言
        "5 | 0 | - | EXACT | TARGET", // 实现了非访“零赴蓉”、“零进京”目标
        "10 | 117 | 件 | EXACT | ACTUAL", // 尚未化解的117件信访积案
    })
    void speech18(int line, String value, String unit, Qualifier qualifier, FigureRole role) {
        assertFigure("speech-18.txt", line, value, unit, qualifier, role);
    }

    @ParameterizedTest(name = "{0} line {1}: {3}")
    @CsvSource(delimiter = '|', value = {
        "speech-03.txt | 3 | 12 | 从业人员", // 从业人员12万人
        "speech-03.txt | 3 | 1460 | 中小微企业", // 中小微企业1460家
        "speech-03.txt | 10 | 20 | 棉纺织、植物油企业", // 对我县20家棉纺织、植物油企业
        "speech-03.txt | 10 | 1 | 授信资金", // 1亿元授信资金
        "speech-03.txt | 14 | 5 | 投资", // 由张家港锦花集团投资5亿元
        "speech-03.txt | 22 | 5 | 培训班", // 再举办五期不同层次、不同类别的培训班
        "speech-06.txt | 5 | 136.5 | gdp", // 全区gdp完成136.5亿元
        "speech-06.txt | 5 | 38 | 项目", // 全区共引进项目38个
        "speech-06.txt | 24 | 25 | 改造项目", // 完成25个改造项目策划包装
        "speech-06.txt | 29 | 125 | 民生项目", // 125个民生项目建设
        "speech-08.txt | 5 | - | 新上工业项目", // 力争全县新上工业项目x个
        "speech-08.txt | 5 | - | 重点出口企业", // 对x家重点出口企业
        "speech-18.txt | 10 | 117 | 信访积案", // 尚未化解的117件信访积案
    })
    void namesTheIndicator(String name, int line, String value, String indicator) {
        List<ImportedFigure> figures = new ArrayList<>();
        importCorpusFile(name).speeches().forEach(s -> figures.addAll(s.figures()));
        BigDecimal expected = value.equals("-") ? null : new BigDecimal(value);
        assertThat(figures).as("%s line %d", name, line).anyMatch(f -> f.line() == line
                && (expected == null ? f.value() == null : f.value() != null && f.value().compareTo(expected) == 0)
                && indicator.equals(f.indicator()));
    }

    private static void assertFigure(String name, int line, String value, String unit, Qualifier qualifier,
            FigureRole role) {
        List<ImportedFigure> figures = new ArrayList<>();
        importCorpusFile(name).speeches().forEach(s -> figures.addAll(s.figures()));
        BigDecimal expected = value.equals("-") ? null : new BigDecimal(value);
        String expectedUnit = unit.equals("-") ? null : unit;
        assertThat(figures).as("%s line %d", name, line).anyMatch(f -> f.line() == line
                && (expected == null ? f.value() == null : f.value() != null && f.value().compareTo(expected) == 0)
                && Objects.equals(f.unit(), expectedUnit) && f.qualifier() == qualifier && f.role() == role);
    }
}
