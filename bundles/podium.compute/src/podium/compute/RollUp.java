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
     * As {@link #overTree}, but an organisation with a value of its own keeps it instead of its children's
     * combination (statistics give a county's figure whether or not its towns report; the county's own
     * figure already contains theirs). Its children still get their own values in the result.
     */
    public static Map<Organisation, Value> overTreePreferringOwn(Organisation root,
            Function<Organisation, BigDecimal> ownValue, Aggregation aggregation) {
        Map<Organisation, Value> result = new LinkedHashMap<>();
        rollPreferringOwn(root, ownValue, aggregation, result);
        return result;
    }

    private static Value rollPreferringOwn(Organisation org, Function<Organisation, BigDecimal> ownValue,
            Aggregation aggregation, Map<Organisation, Value> result) {
        List<BigDecimal> values = new ArrayList<>();
        List<Organisation> missing = new ArrayList<>();
        for (Organisation child : org.getChildren()) {
            Value v = rollPreferringOwn(child, ownValue, aggregation, result);
            missing.addAll(v.missing());
            if (v.value() != null) {
                values.add(v.value());
            }
        }
        BigDecimal own = ownValue.apply(org);
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
