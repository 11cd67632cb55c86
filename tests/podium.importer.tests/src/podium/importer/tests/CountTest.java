/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import podium.importer.ImportedMention;
import podium.importer.ImportedSpeech;
import podium.importer.MentionKind;

/**
 * Counts written in Chinese numerals with a measure word: a quantity when a verb of quantity governs them
 * (新建两所…), when they end their clause as its predicate (…两家。) or continue such a count; otherwise a small
 * count names or recaps something (四套班子, 通过两个新城, A和B两个典型) and is a mention.
 */
class CountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "今年新建两所乡镇卫生院。 | 2 | 所 | 乡镇卫生院",
        "确保新增出栏生猪5万头。 | 5 | 万头 | 出栏生猪",
        "全年养殖奶牛一千二百头。 | 1200 | 头 | 奶牛",
        "县里再举办三期电商培训班。 | 3 | 期 | 电商培训班",
        "开发区今年上了两条新生产线。 | 2 | 条 | 生产线",
        "全镇培育家庭农场六家。 | 6 | 家 | 家庭农场",
        "年内建成四个便民服务站和两个卫生室。 | 2 | 个 | 卫生室",
        "共清理违规用地九宗。 | 9 | 宗 | 违规用地",
        "今年要建设两个标准化厂房。 | 2 | 个 | 标准化厂房",
        "全镇争创两个省级示范村。 | 2 | 个 | 省级示范村",
        "去年我县获评三项国家级荣誉。 | 3 | 项 | 国家级荣誉",
        "全县新购置两台垃圾清运车。 | 2 | 台 | 垃圾清运车",
    })
    void governedCountsAreQuantities(String text, BigDecimal value, String unit, String indicator) {
        assertThat(Imports.speech(text).figures()).anyMatch(f -> f.value() != null && f.value().compareTo(value) == 0
                && unit.equals(f.unit()) && f.indicator().endsWith(indicator));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "县四套班子成员都参加了调研。",
        "要联合两个新区共同招商。",
        "对南街和北关两个试点村进行了验收。",
        "金城、长乐等三家企业已经停产。",
        "要在勤、廉两个字上下工夫。",
        "牢固树立五位一体的总体布局。",
        "领导先后三次到现场督办。",
    })
    void ungovernedSmallCountsAreNames(String text) {
        ImportedSpeech speech = Imports.speech(text);
        assertThat(speech.figures()).isEmpty();
        assertThat(speech.mentions()).extracting(ImportedMention::kind).containsOnly(MentionKind.NAME);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "这件事要两头兼顾。",
        "大家要一口气干到底。",
    })
    void measureWordsOfAnimalsAfterASingleDigitAreIdioms(String text) {
        assertThat(Imports.speech(text).figures()).isEmpty();
    }
}
