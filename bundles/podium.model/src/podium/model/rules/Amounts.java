/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.math.BigDecimal;

import podium.model.Indicator;
import podium.model.Quantity;
import podium.model.Unit;
import podium.model.units.Units;

/** Small helpers for reading quantities with their effective unit in rules. */
final class Amounts {

    private Amounts() {
    }

    static boolean hasValue(Quantity q) {
        return q != null && q.getValue() != null;
    }

    static Unit unit(Quantity q, Indicator indicator) {
        return Units.effective(q.getUnit(), indicator);
    }

    /** {@code q} in unit {@code to}, or null when it has no value or an incompatible unit. */
    static BigDecimal in(Quantity q, Indicator indicator, Unit to) {
        if (!hasValue(q) || !Units.compatible(unit(q, indicator), to)) {
            return null;
        }
        return Units.convert(q.getValue(), unit(q, indicator), to);
    }

    static String show(BigDecimal value, Unit unit) {
        String number = value == null ? "?" : value.stripTrailingZeros().toPlainString();
        return unit == null || unit == Unit.NONE ? number : number + " " + unit.getLiteral();
    }

    static String show(Quantity q, Indicator indicator) {
        return show(q.getValue(), unit(q, indicator));
    }
}
