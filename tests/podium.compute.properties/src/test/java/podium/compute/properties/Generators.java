/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.properties;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import podium.model.Unit;

/** The arbitraries the property classes share: amounts as statistics report them and organisation trees. */
final class Generators {

    /** Units of one dimension that differ by a power of ten, so conversions between them are exact. */
    static final List<List<Unit>> SCALED_UNITS = List.of(
            List.of(Unit.USD, Unit.TEN_THOUSAND_USD, Unit.HUNDRED_MILLION_USD),
            List.of(Unit.YUAN, Unit.TEN_THOUSAND_YUAN, Unit.HUNDRED_MILLION_YUAN),
            List.of(Unit.PERSON, Unit.TEN_THOUSAND_PERSONS),
            List.of(Unit.MU, Unit.TEN_THOUSAND_MU),
            List.of(Unit.TON, Unit.TEN_THOUSAND_TONS));

    private static final int MAX_CHILDREN = 4;

    private Generators() {
    }

    /** Amounts with 0 to 4 decimals, a few negative (corrections), so equal amounts may differ in scale. */
    static Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-1_000_000L, 100_000_000L),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
    }

    /** Trees whose root has children and whose leaves sit at depths 1 to {@code maxDepth}; about one leaf in ten unreported. */
    static Arbitrary<TreeShape> trees(int maxDepth) {
        return subtrees(maxDepth - 1).list().ofMinSize(1).ofMaxSize(MAX_CHILDREN).map(TreeShape::node);
    }

    /** Subtrees at most {@code maxDepth} deep; a subtree is a leaf a quarter of the time, so depths vary. */
    private static Arbitrary<TreeShape> subtrees(int maxDepth) {
        Arbitrary<TreeShape> leaves = amounts().injectNull(0.1).map(TreeShape::leaf);
        return Arbitraries.recursive(() -> leaves, inner -> Arbitraries.frequencyOf(Tuple.of(1, leaves),
                Tuple.of(3, inner.list().ofMinSize(1).ofMaxSize(MAX_CHILDREN).map(TreeShape::node))), 0, maxDepth);
    }

    /** Two units of the same dimension (possibly the same unit). */
    static Arbitrary<List<Unit>> scaledUnitPairs() {
        return Arbitraries.of(SCALED_UNITS).flatMap(units -> Arbitraries.of(units).list().ofSize(2));
    }
}
