/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import podium.search.FuzzyMatcher;
import podium.search.FuzzyMatcher.Match;
import podium.search.Spelling;

/** Names and queries written for the test; expected positions read off the names by hand. */
class FuzzyMatcherTest {

    private static Optional<Match> match(String query, String name) {
        return FuzzyMatcher.match(query, Spelling.of(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shiji", "sjly", "sjlywz", "shijily", "liyong", "利用", "shi ji", "SJLY", "waizi", "sj利用"})
    void chineseNamesAreFoundByPinyinInitialsOrCharacters(String query) {
        assertThat(match(query, "实际利用外资")).as(query).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsly", "sjlyx", "shix", "外贸", "zw"})
    void charactersOutOfOrderOrAbsentAreNoMatch(String query) {
        assertThat(match(query, "实际利用外资")).as(query).isEmpty();
    }

    @Test
    void positionsAreTheMatchedCharactersOfTheName() {
        assertThat(match("利用", "实际利用外资").orElseThrow().positions()).containsExactly(2, 3);
        // w: initial of 卧, l: initial of 龙, q: whole syllable qu of 区
        assertThat(match("wlqu", "卧龙区").orElseThrow().positions()).containsExactly(0, 1, 2);
        // a syllable typed in full marks its one character
        assertThat(match("waizi", "实际利用外资").orElseThrow().positions()).containsExactly(4, 5);
    }

    @Test
    void countyInitialsTellCountiesApart() {
        assertThat(match("wlq", "卧龙区")).isPresent();
        assertThat(match("wlq", "宛城区")).isEmpty();
        assertThat(match("wcq", "宛城区")).isPresent();
    }

    @Test
    void latinNamesMatchAtWordStartsIgnoringCase() {
        assertThat(match("EG", "sample.exportGrowth").orElseThrow().positions()).containsExactly(7, 13);
        assertThat(match("exgr", "sample.exportGrowth")).isPresent();
    }

    @Test
    void togetherRanksAboveApartAndStartAboveMiddle() {
        assertThat(ranked("外资", "外贸出口资金", "外资企业", "吸引外资")).containsExactly("外资企业", "吸引外资", "外贸出口资金");
        assertThat(ranked("ck", "外贸出口", "出口额")).containsExactly("出口额", "外贸出口");
    }

    @Test
    void anEmptyQueryMatchesEverythingWithScoreZero() {
        assertThat(match("", "任何名称").orElseThrow().score()).isZero();
        assertThat(match("  ", "任何名称").orElseThrow().positions()).isEmpty();
    }

    @Test
    void aFirstKeystrokeScoresTheBestSinglePosition() {
        // 卧 (wo) at the start: a syllable prefix 7 + 1 letter + word start 8 + first character 6
        assertThat(FuzzyMatcher.score(FuzzyMatcher.normalise("w"), Spelling.of("卧龙区"))).isEqualTo(22);
        // 区 itself, third character: character 10 + word start 8 (every Chinese character starts a word)
        assertThat(FuzzyMatcher.score(FuzzyMatcher.normalise("区"), Spelling.of("卧龙区"))).isEqualTo(18);
        // e of "sample.exportGrowth": after the dot, a word start: 10 + 8
        assertThat(FuzzyMatcher.score(FuzzyMatcher.normalise("e"), Spelling.of("sample.exportGrowth"))).isEqualTo(18);
        assertThat(FuzzyMatcher.score(FuzzyMatcher.normalise("x"), Spelling.of("卧龙区"))).isEqualTo(FuzzyMatcher.NO_MATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"w", "l", "q", "z", "e", "2", "区", "a"})
    void aFirstKeystrokeScoresAsTheWholeMatchDoes(String query) {
        // score() takes a shortcut for one character; match() always fills the whole table
        for (String name : List.of("卧龙区", "宛城区 2025 外资", "sample.exportGrowth", "Zone A-2", "二〇二五年", "e")) {
            int[] q = FuzzyMatcher.normalise(query);
            int score = FuzzyMatcher.score(q, Spelling.of(name));
            assertThat(FuzzyMatcher.match(q, Spelling.of(name)).map(Match::score).orElse(FuzzyMatcher.NO_MATCH))
                    .as(query + " in " + name).isEqualTo(score);
        }
    }

    private static List<String> ranked(String query, String... names) {
        return List.of(names).stream().filter(n -> match(query, n).isPresent())
                .sorted(Comparator.comparingInt((String n) -> -match(query, n).orElseThrow().score()))
                .toList();
    }
}
