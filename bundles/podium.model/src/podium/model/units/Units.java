/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.units;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import podium.model.Indicator;
import podium.model.Unit;

/**
 * Dimensions of units and exact conversions between them: every unit is a power of ten of its
 * dimension's base unit (1亿 = 10000万), so conversion only moves the decimal point.
 */
public final class Units {

    private record Scale(Dimension dimension, int exponent) {
    }

    private static final Map<Unit, Scale> SCALES = new EnumMap<>(Unit.class);

    static {
        scale(Unit.NONE, Dimension.NONE, 0);
        scale(Unit.USD, Dimension.US_DOLLARS, 0);
        scale(Unit.TEN_THOUSAND_USD, Dimension.US_DOLLARS, 4);
        scale(Unit.HUNDRED_MILLION_USD, Dimension.US_DOLLARS, 8);
        scale(Unit.YUAN, Dimension.YUAN, 0);
        scale(Unit.TEN_THOUSAND_YUAN, Dimension.YUAN, 4);
        scale(Unit.HUNDRED_MILLION_YUAN, Dimension.YUAN, 8);
        scale(Unit.PERCENT, Dimension.PERCENT, 0);
        scale(Unit.PERCENTAGE_POINT, Dimension.PERCENTAGE_POINTS, 0);
        scale(Unit.HOUSEHOLD, Dimension.FIRMS, 0);
        scale(Unit.FIRM, Dimension.FIRMS, 0);
        scale(Unit.ITEM, Dimension.ITEMS, 0);
        scale(Unit.PROJECT_ITEM, Dimension.ITEMS, 0);
        scale(Unit.PERSON, Dimension.PERSONS, 0);
        scale(Unit.TEN_THOUSAND_PERSONS, Dimension.PERSONS, 4);
        scale(Unit.PERSON_TIME, Dimension.PERSON_TIMES, 0);
        scale(Unit.TEN_THOUSAND_PERSON_TIMES, Dimension.PERSON_TIMES, 4);
        scale(Unit.MU, Dimension.AREA_MU, 0);
        scale(Unit.TEN_THOUSAND_MU, Dimension.AREA_MU, 4);
        scale(Unit.TON, Dimension.MASS_TONS, 0);
        scale(Unit.TEN_THOUSAND_TONS, Dimension.MASS_TONS, 4);
        scale(Unit.RANK_POSITION, Dimension.RANK, 0);
        for (Unit unit : Unit.values()) {
            if (!SCALES.containsKey(unit)) {
                throw new ExceptionInInitializerError("no dimension for unit " + unit);
            }
        }
    }

    private Units() {
    }

    private static void scale(Unit unit, Dimension dimension, int exponent) {
        SCALES.put(unit, new Scale(dimension, exponent));
    }

    public static Dimension dimensionOf(Unit unit) {
        return SCALES.get(unit).dimension();
    }

    /** Power of ten of {@code unit} relative to its dimension's base unit (万 = 4, 亿 = 8). */
    public static int exponentOf(Unit unit) {
        return SCALES.get(unit).exponent();
    }

    /** Whether amounts in {@code a} and {@code b} convert into each other ({@link Unit#NONE} only matches itself). */
    public static boolean compatible(Unit a, Unit b) {
        return dimensionOf(a) == dimensionOf(b);
    }

    /** {@code value} in {@code from} expressed exactly in {@code to}; null stays null. */
    public static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
        if (!compatible(from, to)) {
            throw new IncompatibleUnitsException(from, to);
        }
        if (value == null) {
            return null;
        }
        return value.scaleByPowerOfTen(exponentOf(from) - exponentOf(to));
    }

    /** The unit an amount is really in: {@code unit}, or the indicator's unit when none was written. */
    public static Unit effective(Unit unit, Indicator indicator) {
        if (unit != null && unit != Unit.NONE) {
            return unit;
        }
        return indicator == null || indicator.getUnit() == null ? Unit.NONE : indicator.getUnit();
    }

    /** The unit written as {@code symbol} (万美元, %, ％, 个百分点, 百分点 ...), or null if unknown. */
    public static Unit parse(String symbol) {
        if (symbol == null) {
            return null;
        }
        String s = symbol.strip();
        switch (s) {
            case "％":
                return Unit.PERCENT;
            case "百分点":
                return Unit.PERCENTAGE_POINT;
            case "USD":
                return Unit.USD;
            default:
                break;
        }
        Unit unit = Unit.get(s);
        return unit == null || unit == Unit.NONE ? null : unit;
    }

    /** The symbol to show for a unit; {@code (none)} for {@link Unit#NONE}. */
    public static String label(Unit unit) {
        return unit == null || unit == Unit.NONE ? "(none)" : unit.getLiteral();
    }
}
