/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Percentages as the bulletins show them: computed exactly to 16 digits, displayed with two
 * decimals (half up), and gaps taken between displayed values so that printed numbers add up.
 */
public final class Percentages {

    /** Precision of every division in Podium's computations. */
    public static final MathContext MATH = MathContext.DECIMAL64;
    /** Decimals of a displayed percentage. */
    public static final int DISPLAY_SCALE = 2;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /** {@code part / whole × 100}, or null when either is missing or whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, MATH);
    }

    /** A fraction (0..1) as a percentage. */
    public static BigDecimal ofFraction(BigDecimal fraction) {
        return fraction == null ? null : fraction.multiply(HUNDRED);
    }

    /** The value as displayed: two decimals, half up; null stays null. */
    public static BigDecimal display(BigDecimal value) {
        return value == null ? null : value.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    /** {@code a − b} in percentage points, taken between the displayed values; null if either is missing. */
    public static BigDecimal points(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        return display(a).subtract(display(b));
    }
}
