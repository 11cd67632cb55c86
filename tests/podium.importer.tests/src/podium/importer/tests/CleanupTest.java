/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.importer.ImportResult;
import podium.importer.ImportedSpeech;
import podium.importer.RepairKind;
import podium.importer.TextRepair;

class CleanupTest {

    @Test
    void removesPinyinAnnotationsAndKeepsRealBrackets() {
        String text = "經(jīng)驗(yàn)表明，(一)全縣14個縣市區(含高新區(qū))(2004年)要執行(試行)辦法。";
        assertThat(Imports.cleaned(text)).isEqualTo("经验表明，（一）全县14个县市区（含高新区）（2004年）要执行（试行）办法。");
    }

    @Test
    void keepsTheOriginalBesideTheSimplifiedText() {
        String text = "同志們：\n在全區利用外資工作會議上，實際利用外資顯著增長。";
        ImportedSpeech speech = Imports.speech(text);
        assertThat(speech.text()).isEqualTo("同志们：\n在全区利用外资工作会议上，实际利用外资显著增长。");
        assertThat(speech.originalText()).isEqualTo(text);
    }

    @Test
    void removesPageNavigationEvenWhenBrokenOverLines() {
        String text = "同志们：\n今年要完成任务。\n共\n3\n页,当前第。\n3\n页\n1\n2\n3\n";
        assertThat(Imports.cleaned(text)).isEqualTo("同志们：\n今年要完成任务。");
    }

    @Test
    void removesCollectionHeadingLinkListsBlurbsAndRepeatedTitles() {
        String text = String.join("\n", "县长在全县经济工作会议上的讲话稿范文3篇",
                "在全县经济工作会议上的讲话", "在全县经济工作会议上的讲话", "同志们：", "今年全县经济运行平稳。",
                "本文来源：某某网", "相关推荐", "在全市招商工作会议上的讲话", "在全县安全生产会议上的讲话");
        ImportedSpeech speech = Imports.speech(text);
        assertThat(speech.text()).isEqualTo("在全县经济工作会议上的讲话\n同志们：\n今年全县经济运行平稳。");
        assertThat(speech.title()).isEqualTo("在全县经济工作会议上的讲话");
    }

    @Test
    void removesAPhrasePastedWhereNumbersStood() {
        String stray = "县利用外资工作会议上的讲话";
        String text = "同志们：\n全县引进资金" + stray + "亿元，实际利用外资" + stray + "万美元，占年计划的" + stray + "%。";
        ImportedSpeech speech = Imports.speech(text);
        assertThat(speech.text()).isEqualTo("同志们：\n全县引进资金亿元，实际利用外资万美元，占年计划的%。");
        assertThat(speech.problems()).extracting(p -> p.code()).containsOnly("missing-number").hasSize(3);
    }

    @Test
    void joinsLinesBrokenInsideASentence() {
        String text = "“十二五”期间，我县的档案工作在县政府的领导下，坚持以邓\n小平理论和“三个代表\n”重要思想\n为指导，取得成绩。\n"
                + "一、积极推进档案事业\n档案工作很重要。";
        assertThat(Imports.cleaned(text)).isEqualTo("“十二五”期间，我县的档案工作在县政府的领导下，坚持以邓小平理论和“三个代表”重要思想为指导，"
                + "取得成绩。\n一、积极推进档案事业\n档案工作很重要。");
    }

    @Test
    void normalisesPunctuationDigitsAndStraySpaces() {
        String text = "　　今年,全县完成１２．５亿元,增长３％; 其中(一)季度完成3.5亿元:1,000户!";
        assertThat(Imports.cleaned(text)).isEqualTo("今年，全县完成12.5亿元，增长3%；其中（一）季度完成3.5亿元：1,000户！");
    }

    @Test
    void recordsEveryChangeWithItsPlaceInTheInput() {
        ImportResult result = Imports.text("第一行。\n經(jīng)濟,發展");
        List<TextRepair> repairs = result.repairs();
        assertThat(repairs).extracting(TextRepair::kind).contains(RepairKind.PINYIN, RepairKind.SIMPLIFIED,
                RepairKind.PUNCTUATION);
        TextRepair pinyin = repairs.stream().filter(r -> r.kind() == RepairKind.PINYIN).findFirst().orElseThrow();
        assertThat(pinyin.line()).isEqualTo(2);
        assertThat(pinyin.column()).isEqualTo(2);
        assertThat(pinyin.before()).isEqualTo("(jīng)");
        assertThat(pinyin.after()).isEmpty();
        // once the pinyin is gone, 經濟 is one run of Traditional characters
        assertThat(repairs).anyMatch(r -> r.kind() == RepairKind.SIMPLIFIED && r.line() == 2
                && r.before().equals("經濟") && r.after().equals("经济"));
        assertThat(repairs).isSortedAccordingTo(java.util.Comparator.comparingInt(TextRepair::offset));
    }
}
