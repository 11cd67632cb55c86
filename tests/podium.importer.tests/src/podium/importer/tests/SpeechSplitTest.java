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

    private static final String BODY = "今年以来，全县上下真抓实干，各项工作取得了明显成效，经济运行总体平稳，"
            + "社会大局和谐稳定，这是大家共同努力的结果，也为完成全年任务打下了坚实基础。";

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
        String text = String.join("\n", "同志们：", BODY, "努力开创我区工作的新局面！", "各位同志们：",
                "今天，县政府在这里召开全县档案工作会议，安排部署今年的工作。", BODY);
        ImportResult result = Imports.text(text);
        assertThat(result.speeches()).hasSize(2);
        assertThat(result.speeches().get(1).meeting()).isEqualTo("全县档案工作会议");
        assertThat(result.speeches().get(1).firstLine()).isEqualTo(4);
    }

    @Test
    void aClosingFollowedByAnOpeningStartsTheNextSpeech() {
        String text = String.join("\n", "同志们：", BODY, "谢谢大家！", "今天，我们在这里召开全市招商引资推进会，主要任务是部署工作。", BODY);
        assertThat(Imports.text(text).speeches()).hasSize(2);
    }

    @Test
    void aSalutationLeadingIntoTheClosingWordsStartsNothing() {
        String text = String.join("\n", "同志们：", BODY, BODY, "同志们：", "做好当前的维稳工作，是一项重大的政治责任。", "谢谢大家！");
        ImportedSpeech speech = Imports.speech(text);
        assertThat(speech.meeting()).isNull();
        assertThat(speech.lastLine()).isEqualTo(6);
    }

    @Test
    void readsTheMeetingFromTheOpeningWhenThereIsNoTitle() {
        String text = "同志们：\n春节假期刚过，我们就在这里召开20xx年全区开放型经济工作会议，" + BODY;
        assertThat(Imports.speech(text).meeting()).isEqualTo("20xx年全区开放型经济工作会议");
    }
}
