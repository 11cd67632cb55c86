/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import podium.importer.ImportCodes;
import podium.importer.ImportResult;
import podium.importer.RepairKind;

/**
 * Mojibake fixtures made from our own sentences by the damage websites do: a GBK text loses one lead
 * byte, the rest is read one byte off until a trail byte below 0x80 (shown as an ASCII letter) aligns
 * it again, full-width forms are shown as ASCII, and the pinyin printed for a lost unit survives.
 */
class MojibakeRepairTest {

    // enough Traditional text around each stretch for the document to count as Traditional
    private static final String LEAD = "各單位要認真總結經驗，";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // lost full stop, realigned by 現 (AC46) whose pinyin follows
        "今年的任務很重?,F(xiàn)在要抓緊落實。 | 今年的任务很重。现在要抓紧落实。",
        // a longer stretch of junk characters before 縣 (BF68) realigns it
        "大家都很辛苦?;仡櫸覀兛h的工作，成績不小。 | 大家都很辛苦。回顾我们县的工作，成绩不小。",
        // full-width Ｕ shown as U, then 說 (D566) ends the stretch
        "我們要總結?Uf到底是責任問題。 | 我们要总结。说到底是责任问题。",
        // 這 (DF40) ends the stretch with @
        "企業遇到困難?_@個時候要主動服務。 | 企业遇到困难。这个时候要主动服务。",
        // the unit 訌 made of 加's trail byte and 強's lead byte was lost; its pinyin hòng names it
        "同時要加?hòng)姳O督檢查。 | 同时要加强监督检查。",
    })
    void recoversCharactersFromTheirBytes(String damaged, String repaired) {
        ImportResult result = Imports.text(LEAD + damaged);
        assertThat(result.speeches().get(0).text()).isEqualTo("各单位要认真总结经验，" + repaired);
        assertThat(result.problems()).isEmpty();
        assertThat(result.repairs()).anyMatch(r -> r.kind() == RepairKind.MOJIBAKE);
    }

    @Test
    void aPhraseSeenElsewhereInTheDocumentSettlesAnAmbiguousCharacter() {
        String damaged = "總之,大家要團結。我們要狠抓落實??傊?,今年必須完成任務。";
        assertThat(Imports.cleaned(damaged)).isEqualTo("总之，大家要团结。我们要狠抓落实。总之，今年必须完成任务。");
    }

    @Test
    void anAmbiguousCharacterBecomesABoxAndAProblem() {
        // without 總之 elsewhere, 之 and 值 fit the bytes and the dictionary equally well
        ImportResult result = Imports.text("我們要狠抓落實??傊?,今年必須完成任務。");
        assertThat(result.speeches().get(0).text()).isEqualTo("我们要狠抓落实。总□，今年必须完成任务。");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ImportCodes.MOJIBAKE);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(8);
        });
        assertThat(result.repairs()).anyMatch(r -> r.kind() == RepairKind.LOST_CHARACTER
                && r.before().equals("??傊?") && r.after().equals("。總□"));
    }

    @Test
    void pinyinAloneDoesNotGuessACharacter() {
        ImportResult result = Imports.text("要加強?gòu)管理。");
        assertThat(result.speeches().get(0).text()).isEqualTo("要加强□管理。");
        assertThat(result.problems()).extracting(p -> p.code()).containsExactly(ImportCodes.MOJIBAKE);
    }

    @Test
    void residueOfUnrepairableMojibakeNeverStays() {
        String text = Imports.cleaned("工作要落實?;下一步要抓緊。");
        assertThat(text).doesNotContain("?").contains("□");
    }

    @Test
    void realQuestionMarksAreLeftAlone() {
        ImportResult result = Imports.text("這是為什麼?我們要想一想。");
        assertThat(result.speeches().get(0).text()).isEqualTo("这是为什么？我们要想一想。");
        assertThat(result.problems()).isEmpty();
    }
}
