/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.eclipse.emf.common.util.ECollections;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import podium.compute.RollUp;
import podium.model.Aggregation;
import podium.model.Organisation;
import podium.model.Unit;
import podium.model.units.Units;

/** Roll-up invariants over random organisation trees with unreported leaves, for every aggregation. */
class RollUpProperties {

    /** The precision the roll-up promises for averages (DECIMAL64, as in {@code Percentages.MATH}). */
    private static final MathContext AVERAGE_PRECISION = MathContext.DECIMAL64;

    @Provide
    Arbitrary<TreeShape> trees() {
        return Generators.trees(4);
    }

    @Provide
    Arbitrary<Aggregation> orderFree() {
        return Arbitraries.of(Aggregation.SUM, Aggregation.AVERAGE);
    }

    @Provide
    Arbitrary<List<Unit>> unitPairs() {
        return Generators.scaledUnitPairs();
    }

    @Property
    void theRootOfASummedTreeIsTheSumOfItsReportedLeaves(@ForAll("trees") TreeShape shape) {
        TreeShape.Built tree = shape.build();
        List<BigDecimal> reported = tree.leaves().values().stream().filter(Objects::nonNull).toList();
        List<Organisation> unreported = tree.leaves().keySet().stream().filter(o -> tree.leafValue(o) == null).toList();

        RollUp.Value root = RollUp.overTree(tree.root(), tree::leafValue, Aggregation.SUM).get(tree.root());

        if (reported.isEmpty()) {
            assertThat(root.value()).isNull();
        } else {
            assertThat(root.value()).isEqualByComparingTo(reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        assertThat(root.missing()).containsExactlyInAnyOrderElementsOf(unreported);
        assertThat(root.complete()).isEqualTo(unreported.isEmpty());
    }

    @Property
    void everyParentCombinesItsChildrenAndCollectsTheirGaps(@ForAll("trees") TreeShape shape,
            @ForAll Aggregation aggregation) {
        TreeShape.Built tree = shape.build();
        Map<Organisation, RollUp.Value> rolled = RollUp.overTree(tree.root(), tree::leafValue, aggregation);

        assertThat(rolled).hasSize(countOrganisations(tree.root()));
        for (RollUp.Value parent : rolled.values()) {
            if (parent.organisation().getChildren().isEmpty()) {
                assertThat(parent.value()).isEqualTo(tree.leafValue(parent.organisation()));
                continue;
            }
            List<RollUp.Value> children = parent.organisation().getChildren().stream().map(rolled::get).toList();
            assertSameAmount(parent.value(), expectedCombination(children, aggregation));
            assertThat(parent.missing()).containsExactlyInAnyOrderElementsOf(
                    children.stream().flatMap(c -> c.missing().stream()).toList());
        }
    }

    private static BigDecimal expectedCombination(List<RollUp.Value> children, Aggregation aggregation) {
        List<BigDecimal> values = children.stream().map(RollUp.Value::value).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return switch (aggregation) {
            case SUM -> sum;
            case AVERAGE -> sum.divide(BigDecimal.valueOf(values.size()), AVERAGE_PRECISION);
            case LAST -> values.get(values.size() - 1);
        };
    }

    @Property
    void theOrderOfSiblingsDoesNotChangeSumsOrAverages(@ForAll("trees") TreeShape shape,
            @ForAll("orderFree") Aggregation aggregation, @ForAll Random random) {
        TreeShape.Built tree = shape.build();
        Map<Organisation, BigDecimal> before = values(RollUp.overTree(tree.root(), tree::leafValue, aggregation));

        shuffleChildren(tree.root(), random);
        Map<Organisation, BigDecimal> after = values(RollUp.overTree(tree.root(), tree::leafValue, aggregation));

        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((org, value) -> assertSameAmount(after.get(org), value));
    }

    @Property
    void lastTakesTheLastReportedLeafInTreeOrder(@ForAll("trees") TreeShape shape) {
        TreeShape.Built tree = shape.build();
        List<BigDecimal> reported = tree.leaves().values().stream().filter(Objects::nonNull).toList();

        BigDecimal root = RollUp.overTree(tree.root(), tree::leafValue, Aggregation.LAST).get(tree.root()).value();

        assertThat(root).isEqualTo(reported.isEmpty() ? null : reported.get(reported.size() - 1));
    }

    @Property
    void averagingEqualLeavesGivesThatAmountEverywhere(@ForAll("trees") TreeShape shape,
            @ForAll("amount") BigDecimal amount) {
        TreeShape.Built tree = shape.build();

        Map<Organisation, RollUp.Value> rolled = RollUp.overTree(tree.root(), o -> amount, Aggregation.AVERAGE);

        rolled.values().forEach(v -> assertThat(v.value()).isEqualByComparingTo(amount));
    }

    @Provide
    Arbitrary<BigDecimal> amount() {
        return Generators.amounts();
    }

    @Property
    void rollingUpInAnotherUnitOfTheSameDimensionGivesTheSameAmounts(@ForAll("trees") TreeShape shape,
            @ForAll Aggregation aggregation, @ForAll("unitPairs") List<Unit> units) {
        Unit from = units.get(0);
        Unit to = units.get(1);
        TreeShape.Built tree = shape.build();
        Map<Organisation, BigDecimal> converted = new HashMap<>();
        tree.leaves().forEach((org, value) -> converted.put(org, Units.convert(value, from, to)));

        Map<Organisation, BigDecimal> inFrom = values(RollUp.overTree(tree.root(), tree::leafValue, aggregation));
        Map<Organisation, BigDecimal> inTo = values(RollUp.overTree(tree.root(), converted::get, aggregation));

        inFrom.forEach((org, value) -> assertSameAmount(Units.convert(inTo.get(org), to, from), value));
    }

    private static Map<Organisation, BigDecimal> values(Map<Organisation, RollUp.Value> rolled) {
        Map<Organisation, BigDecimal> values = new HashMap<>();
        rolled.forEach((org, v) -> values.put(org, v.value()));
        return values;
    }

    private static void assertSameAmount(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    private static int countOrganisations(Organisation org) {
        return 1 + org.getChildren().stream().mapToInt(RollUpProperties::countOrganisations).sum();
    }

    private static void shuffleChildren(Organisation org, Random random) {
        List<Organisation> children = new ArrayList<>(org.getChildren());
        Collections.shuffle(children, random);
        ECollections.setEList(org.getChildren(), children);
        org.getChildren().forEach(child -> shuffleChildren(child, random));
    }
}
