/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks in a peer group with ties (并列): equal values share the best rank and the next rank skips
 * (1, 2, 2, 4); members without a value are listed last without a rank.
 */
public final class Ranking {

    /** One member's place; {@code rank} is null when it has no value. */
    public record Entry<T>(T member, BigDecimal value, Integer rank, boolean tied) {
    }

    private Ranking() {
    }

    /** Ranks {@code values} (iteration order breaks ties in the listing only); best first. */
    public static <T> List<Entry<T>> rank(Map<T, BigDecimal> values, boolean lowerBetter) {
        Comparator<BigDecimal> better = lowerBetter ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<Map.Entry<T, BigDecimal>> valued = new ArrayList<>();
        List<T> unvalued = new ArrayList<>();
        values.forEach((member, value) -> {
            if (value == null) {
                unvalued.add(member);
            } else {
                valued.add(Map.entry(member, value));
            }
        });
        valued.sort(Map.Entry.comparingByValue(better));
        List<Entry<T>> result = new ArrayList<>();
        for (int i = 0; i < valued.size(); i++) {
            BigDecimal value = valued.get(i).getValue();
            int rank = i + 1;
            while (rank > 1 && valued.get(rank - 2).getValue().compareTo(value) == 0) {
                rank--;
            }
            result.add(new Entry<>(valued.get(i).getKey(), value, rank, countEqual(valued, value) > 1));
        }
        unvalued.forEach(member -> result.add(new Entry<>(member, null, null, false)));
        return result;
    }

    private static <T> long countEqual(List<Map.Entry<T, BigDecimal>> valued, BigDecimal value) {
        return valued.stream().filter(e -> e.getValue().compareTo(value) == 0).count();
    }

    /** The rank of {@code member}, or null when it is unranked or absent. */
    public static <T> Integer rankOf(List<Entry<T>> ranking, T member) {
        return ranking.stream().filter(e -> e.member().equals(member)).findFirst().map(Entry::rank).orElse(null);
    }
}
