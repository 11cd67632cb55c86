/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.time.Month;

/**
 * Year-on-year growth of the members of a peer group up to a month, the group's average and each
 * member's difference from it in percentage points, with the ranking by growth.
 *
 * @param average growth of the group's totals (Σ this year ÷ Σ last year), as provincial averages are published
 */
public record PeerGrowth(Indicator indicator, Month month, List<Member> members, BigDecimal average,
        List<Ranking.Entry<Organisation>> ranking) {

    /** One member's growth and its difference from the average (null when it has no growth). */
    public record Member(Organisation organisation, Growth.YearOnYear values, BigDecimal growth,
            BigDecimal differenceFromAverage) {
    }

    public PeerGrowth {
        members = List.copyOf(members);
        ranking = List.copyOf(ranking);
    }

    /** Growth of {@code members} for {@code indicator} up to {@code month} from {@code table}. */
    public static PeerGrowth of(ActualsTable table, Indicator indicator, List<Organisation> members, Month month) {
        Map<Organisation, Growth.YearOnYear> values = new LinkedHashMap<>();
        for (Organisation org : members) {
            Series s = table.series(indicator, org);
            values.put(org, new Growth.YearOnYear(s.toDate(month), s.previousYearToDate(month)));
        }
        return of(indicator, month, values);
    }

    /**
     * Growth of the members from values found beforehand (e.g. a city's actuals rolled up from its counties), in
     * the map's order.
     */
    public static PeerGrowth of(Indicator indicator, Month month, Map<Organisation, Growth.YearOnYear> values) {
        BigDecimal average = Growth.ofTotals(values.values());
        List<Member> result = new ArrayList<>();
        Map<Organisation, BigDecimal> byGrowth = new LinkedHashMap<>();
        values.forEach((org, value) -> {
            BigDecimal growth = value.growth();
            result.add(new Member(org, value, growth, Growth.differenceFromAverage(growth, average)));
            byGrowth.put(org, growth);
        });
        return new PeerGrowth(indicator, month, result, average, Ranking.rank(byGrowth, false));
    }
}
