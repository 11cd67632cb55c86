/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;

import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;

/** The time schedule (序时进度): the elapsed share of a period, as a fraction and a percentage. */
public final class Schedule {

    private Schedule() {
    }

    /**
     * Elapsed fraction (0..1) of {@code period}: by months it counts the months covered by data up to
     * {@code dataMonth} (or, without one, the whole months ended by {@code asOf}); by days it counts the
     * days up to and including {@code asOf} (or, without one, the last day of {@code dataMonth}).
     */
    public static BigDecimal elapsed(Period period, ElapsedBasis basis, Month dataMonth, Day asOf) {
        if (basis == ElapsedBasis.BY_MONTHS) {
            int months = dataMonth != null ? period.elapsedMonths(dataMonth) : period.elapsedMonths(asOf);
            return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(period.monthCount()), Percentages.MATH);
        }
        Day day = asOf != null ? asOf : dataMonth.lastDay();
        return period.elapsedByDays(day);
    }

    /** The elapsed share as a percentage (0..100). */
    public static BigDecimal elapsedPercent(Period period, ElapsedBasis basis, Month dataMonth, Day asOf) {
        return Percentages.ofFraction(elapsed(period, basis, dataMonth, asOf));
    }
}
