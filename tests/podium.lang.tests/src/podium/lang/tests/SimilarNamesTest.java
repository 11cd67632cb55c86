/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import podium.lang.internal.SimilarNames;

/** "Did you mean": names close in writing or in sound (pinyin), closest first. */
class SimilarNamesTest {

    @Test
    void twoLettersSwappedInALatinNameAreOneTypo() {
        // exprots → exports: one swap; → export: a swap and a letter more (2 of 7, still close)
        assertThat(SimilarNames.to("exprots", List.of("imports", "export", "exports"))).containsExactly("exports", "export");
    }

    @Test
    void caseDoesNotCount() {
        assertThat(SimilarNames.to("Exports", List.of("exports"))).containsExactly("exports");
    }

    @Test
    void oneWrongCharacterOfAChineseName() {
        assertThat(SimilarNames.to("宛成区", List.of("卧龙区", "宛城区", "南阳市"))).containsExactly("宛城区");
    }

    @Test
    void charactersThatSoundTheSameAreCloseEvenWhenTwoAreWrong() {
        // 成 and 城 are both cheng, 渠 and 区 both qu: two characters apart in writing, nothing apart in sound;
        // 宛城 is two characters apart in writing and two letters (qu) in sound, so it comes second
        assertThat(SimilarNames.to("宛成渠", List.of("宛城", "卧龙区", "宛城区"))).containsExactly("宛城区", "宛城");
    }

    @Test
    void aNameTypedInPinyinFindsItsCharacters() {
        assertThat(SimilarNames.to("wanchengqu", List.of("卧龙区", "宛城区"))).containsExactly("宛城区");
        assertThat(SimilarNames.to("wanchenqu", List.of("卧龙区", "宛城区"))).containsExactly("宛城区");
    }

    @Test
    void aOneCharacterNameSuggestsNothingAndNeitherDoesADifferentName() {
        assertThat(SimilarNames.to("县", List.of("市", "镇"))).isEmpty();
        assertThat(SimilarNames.to("南阳市", List.of("北京市", "郑州市"))).isEmpty();
    }

    @Test
    void theClosestThreeComeFirst() {
        // 县十二: one character apart, 2 of 9 pinyin letters (yi → shi); 县一, 县二 and 县一二三: one character
        // apart, a quarter of the name; of those, 县一 and 县二 are also closer in sound (2 letters against 3)
        List<String> similar = SimilarNames.to("县一二", List.of("县五六", "县一二三", "县二", "县一三", "县一", "县十二"));
        assertThat(similar).containsExactly("县十二", "县一", "县二");
    }

    @Test
    void theUnknownNameItselfAndRepeatsAreNotSuggested() {
        assertThat(SimilarNames.to("甲县", List.of("甲县", "乙县", "乙县"))).containsExactly("乙县");
    }
}
