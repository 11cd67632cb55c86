/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import podium.compute.Ranking;

/**
 * Ranking invariants in peer groups with ties (并列): standard competition ranks (1, 2, 2, 4), a stable
 * listing, unranked members last. Values are few and written with varying decimals (2, 2.0, 2.00), so
 * ties are frequent and must be found by amount, not by representation.
 */
class RankingProperties {

    @Provide
    Arbitrary<Map<String, BigDecimal>> peerGroups() {
        Arbitrary<BigDecimal> value = Combinators.combine(Arbitraries.integers().between(-3, 9),
                Arbitraries.integers().between(0, 2)).as((v, scale) -> BigDecimal.valueOf(v).setScale(scale));
        return value.injectNull(0.15).list().ofMinSize(0).ofMaxSize(25).map(RankingProperties::members);
    }

    private static Map<String, BigDecimal> members(List<BigDecimal> values) {
        Map<String, BigDecimal> members = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            members.put("县" + i, values.get(i));
        }
        return members;
    }

    @Property
    void aRankIsOnePlusTheNumberOfStrictlyBetterMembers(@ForAll("peerGroups") Map<String, BigDecimal> group,
            @ForAll boolean lowerBetter) {
        List<Ranking.Entry<String>> ranking = Ranking.rank(group, lowerBetter);

        assertThat(ranking).extracting(Ranking.Entry::member).containsExactlyInAnyOrderElementsOf(group.keySet());
        for (Ranking.Entry<String> entry : ranking) {
            assertThat(entry.value()).isEqualTo(group.get(entry.member()));
            if (entry.value() == null) {
                assertThat(entry.rank()).isNull();
                assertThat(entry.tied()).isFalse();
                continue;
            }
            long better = valued(group).stream().filter(v -> isBetter(v, entry.value(), lowerBetter)).count();
            long equal = valued(group).stream().filter(v -> v.compareTo(entry.value()) == 0).count();
            assertThat(entry.rank()).isEqualTo((int) better + 1);
            assertThat(entry.tied()).isEqualTo(equal > 1);
        }
    }

    @Property
    void theListingIsBestFirstKeepsTiesInGroupOrderAndPutsUnrankedLast(
            @ForAll("peerGroups") Map<String, BigDecimal> group, @ForAll boolean lowerBetter) {
        Comparator<BigDecimal> best = lowerBetter ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<String> expected = new ArrayList<>(group.keySet().stream().filter(m -> group.get(m) != null).toList());
        expected.sort(Comparator.comparing(group::get, best));
        group.keySet().stream().filter(m -> group.get(m) == null).forEach(expected::add);

        List<Ranking.Entry<String>> ranking = Ranking.rank(group, lowerBetter);

        assertThat(ranking).extracting(Ranking.Entry::member).containsExactlyElementsOf(expected);
    }

    @Property
    void ranksSkipAfterTiesAndNeverExceedTheNumberOfRankedMembers(@ForAll("peerGroups") Map<String, BigDecimal> group,
            @ForAll boolean lowerBetter) {
        List<Integer> ranks = Ranking.rank(group, lowerBetter).stream().map(Ranking.Entry::rank)
                .filter(Objects::nonNull).toList();

        for (int i = 0; i < ranks.size(); i++) {
            boolean sameAsBefore = i > 0 && ranks.get(i).equals(ranks.get(i - 1));
            assertThat(ranks.get(i)).isEqualTo(sameAsBefore ? ranks.get(i - 1) : i + 1);
        }
        assertThat(ranks).allSatisfy(rank -> assertThat(rank).isBetween(1, ranks.size()));
    }

    @Property
    void theOrderOfTheGroupChangesNoMembersRank(@ForAll("peerGroups") Map<String, BigDecimal> group,
            @ForAll boolean lowerBetter, @ForAll Random random) {
        List<String> shuffled = new ArrayList<>(group.keySet());
        Collections.shuffle(shuffled, random);
        Map<String, BigDecimal> reordered = new LinkedHashMap<>();
        shuffled.forEach(member -> reordered.put(member, group.get(member)));

        Map<String, Integer> before = ranks(Ranking.rank(group, lowerBetter));
        Map<String, Integer> after = ranks(Ranking.rank(reordered, lowerBetter));

        assertThat(after).isEqualTo(before);
    }

    private static Map<String, Integer> ranks(List<Ranking.Entry<String>> ranking) {
        Map<String, Integer> ranks = new HashMap<>();
        ranking.forEach(entry -> ranks.put(entry.member(), entry.rank()));
        return ranks;
    }

    @Property
    void rankOfFindsARankedMembersRankAndNothingForAStranger(@ForAll("peerGroups") Map<String, BigDecimal> group,
            @ForAll boolean lowerBetter) {
        List<Ranking.Entry<String>> ranking = Ranking.rank(group, lowerBetter);

        for (Ranking.Entry<String> entry : ranking) {
            if (entry.rank() != null) {
                assertThat(Ranking.rankOf(ranking, entry.member())).isEqualTo(entry.rank());
            }
        }
        assertThat(Ranking.rankOf(ranking, "外县")).isNull();
    }

    @Property
    void rankOfAMemberWithoutAValueIsNull(@ForAll("peerGroups") Map<String, BigDecimal> group,
            @ForAll boolean lowerBetter) {
        List<Ranking.Entry<String>> ranking = Ranking.rank(group, lowerBetter);

        group.keySet().stream().filter(member -> group.get(member) == null)
                .forEach(member -> assertThat(Ranking.rankOf(ranking, member)).isNull());
    }

    @Property
    void reversingTheDirectionMirrorsTheRanks(@ForAll("peerGroups") Map<String, BigDecimal> group) {
        List<Ranking.Entry<String>> higher = Ranking.rank(group, false);
        List<Ranking.Entry<String>> lower = Ranking.rank(group, true);
        int ranked = valued(group).size();

        for (Ranking.Entry<String> entry : higher) {
            if (entry.rank() == null) {
                continue;
            }
            long equal = valued(group).stream().filter(v -> v.compareTo(entry.value()) == 0).count();
            // the members of a tie take the places rank..rank+equal-1 from either end
            assertThat(Ranking.rankOf(lower, entry.member())).isEqualTo(ranked - entry.rank() - (int) equal + 2);
        }
    }

    private static List<BigDecimal> valued(Map<String, BigDecimal> group) {
        return group.values().stream().filter(Objects::nonNull).toList();
    }

    private static boolean isBetter(BigDecimal other, BigDecimal value, boolean lowerBetter) {
        int comparison = other.compareTo(value);
        return lowerBetter ? comparison < 0 : comparison > 0;
    }
}
