/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.ECollections;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import podium.compute.Ranking;
import podium.compute.RollUp;
import podium.compute.Series;
import podium.model.Actual;
import podium.model.Aggregation;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.model.units.Units;

/**
 * Property tests of roll-up invariants over random organisation trees and series. jqwik could not
 * be run inside tycho-surefire's OSGi runtime, so each repetition draws its cases from a generator
 * seeded with the repetition number: failures are reproducible from the reported repetition.
 */
class RollUpPropertiesTest {

    private static final int CASES = 200;

    private static Random random(RepetitionInfo info) {
        return new Random(0x9E3779B97F4A7C15L * info.getCurrentRepetition());
    }

    /** A random tree below {@code root} with values on the leaves (scale 0..4 decimals, some negative). */
    private static Map<Organisation, BigDecimal> randomTree(Random rnd, ModelBuilder b, Organisation root, int depth) {
        Map<Organisation, BigDecimal> leaves = new LinkedHashMap<>();
        int children = depth == 0 ? 0 : rnd.nextInt(5);
        if (children == 0) {
            leaves.put(root, rnd.nextInt(10) == 0 ? null : BigDecimal.valueOf(rnd.nextLong(-1_000_000, 100_000_000), rnd.nextInt(5)));
            return leaves;
        }
        for (int i = 0; i < children; i++) {
            Organisation child = b.child(root, root.getName() + "." + i, null, OrganisationKind.DISTRICT);
            leaves.putAll(randomTree(rnd, b, child, depth - 1));
        }
        return leaves;
    }

    @RepeatedTest(CASES)
    void rootOfASummedTreeIsTheSumOfItsLeavesWhateverTheOrder(RepetitionInfo info) {
        Random rnd = random(info);
        ModelBuilder b = new ModelBuilder("p");
        Organisation root = b.organisation("r", "全市", OrganisationKind.CITY);
        Map<Organisation, BigDecimal> leaves = randomTree(rnd, b, root, 1 + rnd.nextInt(4));
        BigDecimal expected = leaves.values().stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        long missing = leaves.values().stream().filter(v -> v == null).count();

        RollUp.Value rolled = RollUp.overTree(root, leaves::get, Aggregation.SUM).get(root);
        if (leaves.values().stream().allMatch(v -> v == null)) {
            assertThat(rolled.value()).isNull();
        } else {
            assertThat(rolled.value()).isEqualByComparingTo(expected);
        }
        assertThat(rolled.missing()).hasSize((int) missing);

        shuffle(root, rnd);
        RollUp.Value reordered = RollUp.overTree(root, leaves::get, Aggregation.SUM).get(root);
        assertThat(reordered.value() == null ? null : reordered.value().stripTrailingZeros())
                .isEqualTo(rolled.value() == null ? null : rolled.value().stripTrailingZeros());
    }

    private static void shuffle(Organisation org, Random rnd) {
        List<Organisation> children = new ArrayList<>(org.getChildren());
        Collections.shuffle(children, rnd);
        ECollections.setEList(org.getChildren(), children);
        org.getChildren().forEach(c -> shuffle(c, rnd));
    }

    @RepeatedTest(CASES)
    void everyParentEqualsTheSumOfItsChildren(RepetitionInfo info) {
        Random rnd = random(info);
        ModelBuilder b = new ModelBuilder("p");
        Organisation root = b.organisation("r", "全市", OrganisationKind.CITY);
        Map<Organisation, BigDecimal> leaves = randomTree(rnd, b, root, 1 + rnd.nextInt(4));
        Map<Organisation, RollUp.Value> rolled = RollUp.overTree(root, leaves::get, Aggregation.SUM);
        for (RollUp.Value v : rolled.values()) {
            if (v.organisation().getChildren().isEmpty()) {
                continue;
            }
            BigDecimal children = v.organisation().getChildren().stream().map(c -> rolled.get(c).value())
                    .filter(x -> x != null).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (v.value() != null) {
                assertThat(v.value()).isEqualByComparingTo(children);
            }
        }
    }

    @RepeatedTest(CASES)
    void rollingUpInAnotherUnitOfTheSameDimensionGivesTheSameAmount(RepetitionInfo info) {
        Random rnd = random(info);
        ModelBuilder b = new ModelBuilder("p");
        Organisation root = b.organisation("r", "全市", OrganisationKind.CITY);
        Map<Organisation, BigDecimal> leaves = randomTree(rnd, b, root, 1 + rnd.nextInt(3));
        Map<Organisation, BigDecimal> inYi = new HashMap<>();
        leaves.forEach((o, v) -> inYi.put(o, Units.convert(v, Unit.TEN_THOUSAND_USD, Unit.HUNDRED_MILLION_USD)));
        BigDecimal wan = RollUp.overTree(root, leaves::get, Aggregation.SUM).get(root).value();
        BigDecimal yi = RollUp.overTree(root, inYi::get, Aggregation.SUM).get(root).value();
        if (wan == null) {
            assertThat(yi).isNull();
        } else {
            assertThat(Units.convert(yi, Unit.HUNDRED_MILLION_USD, Unit.TEN_THOUSAND_USD)).isEqualByComparingTo(wan);
        }
    }

    @RepeatedTest(CASES)
    void cumulativeAndMonthlyViewsOfAYearAgree(RepetitionInfo info) {
        Random rnd = random(info);
        ModelBuilder b = new ModelBuilder("p");
        Organisation org = b.organisation("o", "东县", OrganisationKind.COUNTY);
        Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        int year = 2000 + rnd.nextInt(30);
        List<BigDecimal> monthly = new ArrayList<>();
        List<Actual> asMonthly = new ArrayList<>();
        List<Actual> asCumulative = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            BigDecimal v = BigDecimal.valueOf(rnd.nextLong(0, 1_000_000), rnd.nextInt(3));
            monthly.add(v);
            running = running.add(v);
            asMonthly.add(b.actual(fdi, org, Month.of(year, m), Basis.MONTHLY, v));
            asCumulative.add(b.actual(fdi, org, Month.of(year, m), Basis.CUMULATIVE, running));
        }
        Series fromMonthly = Series.of(fdi, asMonthly);
        Series fromCumulative = Series.of(fdi, asCumulative);
        Collections.shuffle(asMonthly, rnd);
        Series shuffled = Series.of(fdi, asMonthly);
        for (int m = 1; m <= 12; m++) {
            Month month = Month.of(year, m);
            assertThat(fromMonthly.cumulative(month)).isEqualByComparingTo(fromCumulative.cumulative(month));
            assertThat(fromCumulative.monthly(month)).isEqualByComparingTo(monthly.get(m - 1));
            assertThat(shuffled.cumulative(month)).isEqualByComparingTo(fromMonthly.cumulative(month));
        }
        BigDecimal quarters = BigDecimal.ZERO;
        for (int q = 1; q <= 4; q++) {
            quarters = quarters.add(fromCumulative.aggregate(Period.quarter(year, q), Aggregation.SUM));
        }
        assertThat(quarters).isEqualByComparingTo(fromMonthly.aggregate(Period.year(year), Aggregation.SUM));
        assertThat(quarters).isEqualByComparingTo(running);
    }

    @RepeatedTest(CASES)
    void rankIsOnePlusTheNumberOfStrictlyBetterMembers(RepetitionInfo info) {
        Random rnd = random(info);
        Map<Integer, BigDecimal> values = new LinkedHashMap<>();
        int n = 1 + rnd.nextInt(30);
        for (int i = 0; i < n; i++) {
            values.put(i, rnd.nextInt(8) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(10)));
        }
        boolean lowerBetter = rnd.nextBoolean();
        for (Ranking.Entry<Integer> e : Ranking.rank(values, lowerBetter)) {
            if (e.value() == null) {
                assertThat(e.rank()).isNull();
                continue;
            }
            long better = values.values().stream().filter(v -> v != null)
                    .filter(v -> lowerBetter ? v.compareTo(e.value()) < 0 : v.compareTo(e.value()) > 0).count();
            assertThat(e.rank()).isEqualTo((int) better + 1);
        }
    }
}
