/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

/**
 * How the elapsed share of a period (序时进度) is counted. Bulletins, the half-year review and the
 * CLI count whole months of the data month (1–5月 → 5/12); an as-of-date view counts days.
 */
public enum ElapsedBasis {
    /** Whole months covered by the data: end of August = 8/12 = 66.67 %. */
    BY_MONTHS,
    /** Days up to and including the as-of date over the days of the period (366 in a leap year). */
    BY_DAYS
}
