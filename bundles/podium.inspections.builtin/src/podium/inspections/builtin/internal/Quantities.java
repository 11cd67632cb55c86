/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import podium.model.Indicator;
import podium.model.Level;
import podium.model.Quantity;
import podium.model.Unit;
import podium.model.units.Units;

/** Reading amounts as the inspections do: the unit a quantity is in, converted values, numbers as written. */
public final class Quantities {

    private Quantities() {
    }

    /** The unit {@code quantity} is in: its own, else its indicator's (a proxy indicator counts as none). */
    public static Unit unit(Quantity quantity, Indicator indicator) {
        return Units.effective(quantity == null ? Unit.NONE : quantity.getUnit(), known(indicator));
    }

    /** Whether the quantity states a value. */
    public static boolean hasValue(Quantity quantity) {
        return quantity != null && quantity.getValue() != null;
    }

    /** {@code value} in {@code unit} {@code from} converted to {@code to}; unchanged when the units do not convert. */
    public static BigDecimal inUnit(BigDecimal value, Unit from, Unit to, Indicator indicator) {
        Unit f = from == Unit.NONE && indicator != null ? indicator.getUnit() : from;
        Unit t = to == Unit.NONE && indicator != null ? indicator.getUnit() : to;
        return Units.compatible(f, t) ? Units.convert(value, f, t) : value;
    }

    /** The indicator, or null when it is missing or a reference that could not be resolved. */
    public static Indicator known(Indicator indicator) {
        return indicator == null || indicator.eIsProxy() ? null : indicator;
    }

    /** The levels that are there. */
    public static List<Level> levels(Level... levels) {
        return Arrays.stream(levels).filter(Objects::nonNull).toList();
    }

    /** A number as the plan text writes it: 1100, 0.5, -100. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
