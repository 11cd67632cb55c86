/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.importer.ImportResult;
import podium.importer.ImportedSpeech;

class SpeechSplitTest {

    private static final String BODY = "过去一年，全镇干部群众齐心协力、埋头苦干，各项事业稳步向前，农业丰收，工业提速，"
            + "民生改善，这些成绩凝聚着大家的心血，也为今年开好局、起好步创造了有利条件。";

    @Test
    void splitsAtTitleLinesAndReadsTheirHead() {
        String text = String.join("\n", "在全县利用外资工作会议上的讲话", "（2015年3月5日）", "县长 张三", "同志们：", BODY,
                "谢谢大家！", "在全县安全生产工作会议上的讲话", "同志们：", BODY);
        List<ImportedSpeech> speeches = Imports.text(text).speeches();
        assertThat(speeches).hasSize(2);
        ImportedSpeech first = speeches.get(0);
        assertThat(first.title()).isEqualTo("在全县利用外资工作会议上的讲话");
        assertThat(first.meeting()).isEqualTo("全县利用外资工作会议");
        assertThat(first.date()).isEqualTo("2015年3月5日");
        assertThat(first.speaker()).isEqualTo("张三");
        assertThat(first.firstLine()).isEqualTo(1);
        assertThat(first.lastLine()).isEqualTo(6);
        assertThat(speeches.get(1).meeting()).isEqualTo("全县安全生产工作会议");
        assertThat(speeches.get(1).firstLine()).isEqualTo(7);
    }

    @Test
    void aSalutationAfterAClosingStartsTheNextSpeech() {
        String text = String.join("\n", "同志们：", BODY, "让我们携手并进，共创美好明天！", "各位同志们：",
                "今天，镇政府在这里召开全镇农村环境整治推进会，主要是部署下一阶段的任务。", BODY);
        ImportResult result = Imports.text(text);
        assertThat(result.speeches()).hasSize(2);
        assertThat(result.speeches().get(1).meeting()).isEqualTo("全镇农村环境整治推进会");
        assertThat(result.speeches().get(1).firstLine()).isEqualTo(4);
    }

    @Test
    void aClosingFollowedByAnOpeningStartsTheNextSpeech() {
        String text = String.join("\n", "同志们：", BODY, "谢谢大家！", "今天，我们在这里召开全区重点项目观摩会，目的是比学赶超。", BODY);
        assertThat(Imports.text(text).speeches()).hasSize(2);
    }

    @Test
    void aSalutationLeadingIntoTheClosingWordsStartsNothing() {
        String text = String.join("\n", "同志们：", BODY, BODY, "同志们：", "抓好汛期的防灾减灾工作，责任重于泰山。", "谢谢大家！");
        ImportedSpeech speech = Imports.speech(text);
        assertThat(speech.meeting()).isNull();
        assertThat(speech.lastLine()).isEqualTo(6);
    }

    @Test
    void readsTheMeetingFromTheOpeningWhenThereIsNoTitle() {
        String text = "同志们：\n元宵节一过，镇党委就召开20xx年全镇招商引资动员大会，" + BODY;
        assertThat(Imports.speech(text).meeting()).isEqualTo("20xx年全镇招商引资动员大会");
    }

    /**
     * A second speech appended without title or salutation: after the first one's closing paragraph (同志们，…！)
     * comes a new opening, and its parts are numbered again from 一、.
     */
    @Test
    void aSpeechAppendedWithoutTitleAfterAClosingParagraphIsItsOwn() {
        String text = String.join("\n", "在全县农业农村工作会议上的讲话", "同志们：", BODY, "一、肯定去年的成效",
                "粮食总产达到41万吨，农民收入稳步增加。", "二、明确今年的任务", "重点抓好产业、人才和生态三件大事。",
                "同志们，农业农村工作任务艰巨，让我们振奋精神，奋力开创新局面！",
                "刚刚过去的一年，是我镇发展极不平凡的一年。面对困难，全镇上下迎难而上，交出了合格的答卷。",
                "一、去年工作回顾", "全镇完成财政收入2860万元，同比增长9%。", "二、今年工作安排", "今年要确保财政收入突破3100万元。");
        List<ImportedSpeech> speeches = Imports.text(text).speeches();
        assertThat(speeches).hasSize(2);
        assertThat(speeches.get(0).lastLine()).isEqualTo(8);
        assertThat(speeches.get(1).firstLine()).isEqualTo(9);
        assertThat(speeches.get(1).title()).isNull();
        assertThat(speeches.get(1).sections()).extracting(s -> s.number()).containsExactly("一、", "二、");
        assertThat(speeches.get(1).figures()).extracting(f -> f.value().intValue()).containsExactly(2860, 9, 3100);
    }

    /** Parts numbered on after a rallying paragraph inside one speech start nothing. */
    @Test
    void numberingThatGoesOnAfterAnAddressStartsNothing() {
        String text = String.join("\n", "同志们：", BODY, "一、认清形势", "形势逼人。", "二、突出重点", "重点要突出。",
                "同志们，形势逼人，不进则退，我们一定要有紧迫感！", "三、强化保障", "保障要有力。");
        assertThat(Imports.speech(text).sections()).hasSize(3);
    }

    /** The collection's introduction before a speech marks where the next text of the collection starts. */
    @Test
    void aCollectionsIntroductionStartsTheNextSpeech() {
        String text = String.join("\n", "同志们：", BODY,
                "河长制是守护河湖的重要制度。下面是本站小编给大家整理的全县河长制工作会议讲话，仅供参考。", "同志们：", BODY);
        List<ImportedSpeech> speeches = Imports.text(text).speeches();
        assertThat(speeches).hasSize(2);
        assertThat(speeches).allSatisfy(s -> assertThat(s.text()).doesNotContain("小编").doesNotContain("仅供参考")
                .doesNotContain("河长制是守护"));
    }
}
