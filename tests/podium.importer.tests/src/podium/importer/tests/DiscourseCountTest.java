/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import podium.importer.ImportedFigure;
import podium.importer.ImportedMention;
import podium.importer.ImportedSpeech;
import podium.importer.MentionKind;

/**
 * What nobody tracks stays out of the figures, kept as a mention with the reason: ordinals of meetings and
 * congresses, numbers in names and fixed formulas, counts that announce the parts of the speech, narrative spans
 * of time, and the size of the whole a statement is about. Real counts stay figures.
 */
class DiscourseCountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "下面，我就今年的工作谈四点看法。", // 点 enumerates points
        "全力打造两大主导产业和五大平台。", // 大 names a set of major items
        "要从五个方面抓好落实。", // a part noun, whatever the number
        "重点做好三个方面的工作。",
        "抓住项目和资金两个关键。", // an abstract head of a short list
        "今年要抓好五项重点工作，落实三条措施。",
        "力争实现四个新突破。",
        "突出两个“全覆盖”和三个“零容忍”。", // coined terms in quotes
        "今年重点干好两件事：一是修路，二是治水。", // a count that opens a list
        "对每新增一户规上企业给予奖励。", // the base of a rate
    })
    void countsOfTheSpeechsPartsAreNoFigures(String text) {
        assertThat(Imports.speech(text).figures()).isEmpty();
    }

    @Test
    void aCountOfWhatIsSaidIsNoFigureHoweverLarge() {
        assertThat(Imports.speech("今天我一共讲了三个方面14个问题。").figures()).isEmpty();
        assertThat(Imports.speech("今天我一共讲了三个方面14个问题。").mentions()).extracting(ImportedMention::kind)
                .containsOnly(MentionKind.ENUMERATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "深入贯彻党的十九大和十九届四中全会精神。 | ORDINAL",
        "市委九届第六次全体会议作出了部署。 | ORDINAL",
        "县第十六届二次人代会审议通过了报告。 | ORDINAL",
        "今年是建党一百周年。 | ORDINAL",
        "全面落实两委班子和四套班子联席制度。 | NAME",
        "实施千亩荷塘提升工程和百日攻坚行动。 | NAME",
        "抓好二期项目和三年行动计划。 | NAME",
        "两年来，全镇面貌焕然一新。 | SPAN",
        "经过三年多的努力，园区初具规模。 | SPAN",
        "前7个月，全县税收完成6.3亿元。 | SPAN",
        "在完成前三期培训的基础上继续推进。 | SPAN",
        "我在这个岗位上工作了4年多。 | SPAN",
        "全省21个统计单位都要参加考核。 | SCOPE",
        "任务已经分解到全市9个县区。 | SCOPE",
        "比上月前移2位。 | MOVEMENT",
    })
    void mentionsSayWhyTheyAreNoFigures(String text, MentionKind kind) {
        ImportedSpeech speech = Imports.speech(text);
        assertThat(speech.mentions()).extracting(ImportedMention::kind).contains(kind);
        assertThat(speech.figures()).noneMatch(f -> speech.mentions().stream()
                .anyMatch(m -> m.value() != null && f.value() != null && m.value().compareTo(f.value()) == 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "全年引进项目15个。 | 15 | 个",
        "今年新增企业7家。 | 7 | 家",
        "全年化解信访积案130件。 | 130 | 件",
        "围绕八个方面，落实60项重点工作任务。 | 60 | 项", // the tasks are many; the 方面 are parts
        "每年新增企业40家。 | 40 | 家", // after 每 and a unit the number is the quantity
        "确保3天内办结。 | 3 | 天", // a deadline
        "办理时间不超过5天。 | 5 | 天",
    })
    void realCountsStay(String text, BigDecimal value, String unit) {
        assertThat(Imports.speech(text).figures()).anyMatch(f -> f.value() != null
                && f.value().compareTo(value) == 0 && unit.equals(f.unit()));
    }

    @Test
    void aListIntroducedByARealCountStays() {
        ImportedFigure f = Imports.figure("年内开工项目24个：一是交通项目，二是水利项目。", "24个");
        assertThat(f.indicator()).isEqualTo("开工项目");
    }

    @Test
    void rankAndZeroTargetStay() {
        assertThat(Imports.speech("森林覆盖率在全省16个市州中排名第5位，确保实现“零火灾”目标。").figures())
                .extracting(ImportedFigure::quote).anyMatch(q -> q.contains("第5位")).anyMatch(q -> q.contains("零火灾"));
    }
}
