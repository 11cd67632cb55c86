/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import podium.model.Aggregation;
import podium.model.Organisation;

/**
 * Roll-up over the organisation tree: a leaf keeps its own value, every other organisation gets the
 * combination of its children's rolled-up values (sum, or average for ratios), so the root of a
 * summed tree equals the sum of all leaves whatever the nesting.
 */
public final class RollUp {

    /**
     * One organisation's rolled-up value.
     *
     * @param missing leaves below (or equal to) the organisation that had no value and were left out
     */
    public record Value(Organisation organisation, BigDecimal value, List<Organisation> missing) {

        public Value {
            missing = List.copyOf(missing);
        }

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    private RollUp() {
    }

    /** Rolled-up values of {@code root} and everything below it, parents after their children. */
    public static Map<Organisation, Value> overTree(Organisation root, Function<Organisation, BigDecimal> leafValue,
            Aggregation aggregation) {
        Map<Organisation, Value> result = new LinkedHashMap<>();
        roll(root, leafValue, aggregation, result);
        return result;
    }

    /**
     * Values of {@code root} and everything below it, parents after their children, where an organisation's own
     * value stands for its whole subtree (a county reports its total; its towns need not) and an organisation
     * without one combines its children's. Missing are the leaves without a value under organisations without one.
     */
    public static Map<Organisation, Value> reported(Organisation root, Function<Organisation, BigDecimal> value,
            Aggregation aggregation) {
        Map<Organisation, Value> result = new LinkedHashMap<>();
        rollReported(root, value, aggregation, result);
        return result;
    }

    private static Value rollReported(Organisation org, Function<Organisation, BigDecimal> ownValue,
            Aggregation aggregation, Map<Organisation, Value> result) {
        BigDecimal own = ownValue.apply(org);
        List<BigDecimal> values = new ArrayList<>();
        List<Organisation> missing = new ArrayList<>();
        for (Organisation child : org.getChildren()) {
            Value v = rollReported(child, ownValue, aggregation, result);
            missing.addAll(v.missing());
            if (v.value() != null) {
                values.add(v.value());
            }
        }
        Value value;
        if (own != null) {
            value = new Value(org, own, List.of());
        } else if (org.getChildren().isEmpty()) {
            value = new Value(org, null, List.of(org));
        } else {
            value = new Value(org, Aggregations.combine(values, aggregation), missing);
        }
        result.put(org, value);
        return value;
    }

    private static Value roll(Organisation org, Function<Organisation, BigDecimal> leafValue, Aggregation aggregation,
            Map<Organisation, Value> result) {
        Value value;
        if (org.getChildren().isEmpty()) {
            BigDecimal own = leafValue.apply(org);
            value = new Value(org, own, own == null ? List.of(org) : List.of());
        } else {
            List<BigDecimal> values = new ArrayList<>();
            List<Organisation> missing = new ArrayList<>();
            for (Organisation child : org.getChildren()) {
                Value v = roll(child, leafValue, aggregation, result);
                missing.addAll(v.missing());
                if (v.value() != null) {
                    values.add(v.value());
                }
            }
            value = new Value(org, Aggregations.combine(values, aggregation), missing);
        }
        result.put(org, value);
        return value;
    }
}
