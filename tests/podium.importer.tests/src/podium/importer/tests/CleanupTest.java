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
        String stray = "镇招商引资推进大会的发言";
        String text = "同志们：\n今年全镇到位资金" + stray + "亿元，出口创汇" + stray + "万美元，完成任务的" + stray + "%。";
        ImportedSpeech speech = Imports.speech(text);
        assertThat(speech.text()).isEqualTo("同志们：\n今年全镇到位资金亿元，出口创汇万美元，完成任务的%。");
        assertThat(speech.problems()).extracting(p -> p.code()).containsOnly("missing-number").hasSize(3);
    }

    @Test
    void joinsLinesBrokenInsideASentence() {
        String text = "近几年来，全镇的统计工作在镇党委的领导下，始终坚持依法统\n计和“数据质量\n”第一的原则\n不动摇，成效明显。\n"
                + "一、夯实统计基础\n基础工作很重要。";
        assertThat(Imports.cleaned(text)).isEqualTo("近几年来，全镇的统计工作在镇党委的领导下，始终坚持依法统计和“数据质量”第一的原则"
                + "不动摇，成效明显。\n一、夯实统计基础\n基础工作很重要。");
    }

    @Test
    void normalisesPunctuationDigitsAndStraySpaces() {
        String text = "　　今年,全县完成１２．５亿元,增长３％; 其中(一)季度完成3.5亿元:1,000户!";
        assertThat(Imports.cleaned(text)).isEqualTo("今年，全县完成12.5亿元，增长3%；其中（一）季度完成3.5亿元：1,000户！");
    }

    /**
     * Mojibake ate the opening bracket and first letters of an annotation: the end of the syllable and its bracket
     * stay after the repaired character, sometimes with the junk character the lost bytes became.
     */
    @Test
    void removesWhatMojibakeLeftOfAnAnnotation() {
        // 堂 reads táng: its annotation (táng) lost "(t" to the junk character 纖
        assertThat(Imports.cleaned("在課堂纖áng)上要認真聽講。")).isEqualTo("在课堂上要认真听讲。");
        assertThat(Imports.cleaned("在課堂áng)上要認真聽講。")).isEqualTo("在课堂上要认真听讲。");
        assertThat(Imports.cleaned("這項工作很重要ào)，要抓緊。")).isEqualTo("这项工作很重要，要抓紧。");
        assertThat(Imports.cleaned("第(一)條和附表(二)照舊。")).isEqualTo("第（一）条和附表（二）照旧。");
    }

    /** The collection's introduction goes wherever it stands: alone, at the start of a line, after a sentence. */
    @Test
    void removesTheCollectionsIntroductionWhereverItStands() {
        String alone = "生态环境保护是功在当代的大事。下面是本站小编给大家整理的全县环保工作会议讲话，仅供参考。\n同志们：\n今年要打好蓝天保卫战。";
        assertThat(Imports.cleaned(alone)).isEqualTo("同志们：\n今年要打好蓝天保卫战。");
        String before = "以下是小编为大家收集的镇长在春耕会上的讲话，欢迎阅读！同志们：\n今年要抓好春耕生产。";
        assertThat(Imports.cleaned(before)).isEqualTo("同志们：\n今年要抓好春耕生产。");
        String after = "同志们：\n今年要抓好春耕生产。下面是本站小编给大家整理的秋收工作讲话，仅供参考。";
        assertThat(Imports.cleaned(after)).isEqualTo("同志们：\n今年要抓好春耕生产。");
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
