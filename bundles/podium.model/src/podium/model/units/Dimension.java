/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.units;

/**
 * What a unit measures; amounts convert only within one dimension, and percent and percentage
 * points are different dimensions on purpose.
 */
public enum Dimension {
    /** No unit given (the indicator's unit applies). */
    NONE,
    US_DOLLARS,
    YUAN,
    PERCENT,
    PERCENTAGE_POINTS,
    /** Enterprises or households (户, 家). */
    FIRMS,
    /** Countable items such as projects (个, 项). */
    ITEMS,
    PERSONS,
    PERSON_TIMES,
    AREA_MU,
    MASS_TONS,
    RANK
}
