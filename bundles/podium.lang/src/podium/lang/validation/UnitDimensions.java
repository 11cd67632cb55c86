/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import java.math.BigDecimal;

import podium.model.Unit;

/**
 * What a unit measures and its exact factor to the base unit of that dimension (1亿 = 10000万), so
 * that amounts in compatible units compare exactly. Replace by podium.model's unit table when it lands.
 */
public enum UnitDimensions {
    USD, CNY, PERCENT, POINTS, COUNT, PERSONS, PERSON_TIMES, AREA, WEIGHT, RANK;

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    /** The dimension of a unit; null for {@link Unit#NONE}. */
    public static UnitDimensions of(Unit unit) {
        return switch (unit) {
            case NONE -> null;
            case USD, TEN_THOUSAND_USD, HUNDRED_MILLION_USD -> USD;
            case YUAN, TEN_THOUSAND_YUAN, HUNDRED_MILLION_YUAN -> CNY;
            case PERCENT -> PERCENT;
            case PERCENTAGE_POINT -> POINTS;
            case HOUSEHOLD, FIRM, ITEM, PROJECT_ITEM -> COUNT;
            case PERSON, TEN_THOUSAND_PERSONS -> PERSONS;
            case PERSON_TIME, TEN_THOUSAND_PERSON_TIMES -> PERSON_TIMES;
            case MU, TEN_THOUSAND_MU -> AREA;
            case TON, TEN_THOUSAND_TONS -> WEIGHT;
            case RANK_POSITION -> RANK;
        };
    }

    /** How many base units one {@code unit} is. */
    public static BigDecimal factor(Unit unit) {
        return switch (unit) {
            case TEN_THOUSAND_USD, TEN_THOUSAND_YUAN, TEN_THOUSAND_PERSONS, TEN_THOUSAND_PERSON_TIMES,
                    TEN_THOUSAND_MU, TEN_THOUSAND_TONS -> WAN;
            case HUNDRED_MILLION_USD, HUNDRED_MILLION_YUAN -> YI;
            default -> BigDecimal.ONE;
        };
    }

    /** Whether two units measure the same thing (NONE stands for "the indicator's unit"). */
    public static boolean compatible(Unit a, Unit b) {
        return a == Unit.NONE || b == Unit.NONE || of(a) == of(b);
    }

    /** Whether the unit is money. */
    public static boolean isMoney(Unit unit) {
        UnitDimensions d = of(unit);
        return d == USD || d == CNY;
    }

    /** The value converted exactly from one unit to a compatible other. */
    public static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
        if (from == to || from == Unit.NONE || to == Unit.NONE) {
            return value;
        }
        return value.multiply(factor(from)).divide(factor(to), java.math.MathContext.DECIMAL128);
    }
}
