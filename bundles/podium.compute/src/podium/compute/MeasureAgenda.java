/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import podium.model.Measure;
import podium.model.MeasureStatus;
import podium.model.time.Day;

/**
 * The measures to name as of a date: open ones past their deadline, open ones due within a number
 * of days, and done ones that were completed late. A measure done after the as-of date counts as open on it.
 *
 * @param overdue     open measures with a deadline before the as-of date; days = days overdue
 * @param dueSoon     open measures due from the as-of date to within the horizon; days = days left
 * @param completedLate done measures completed after their deadline and by the as-of date; days = days late
 */
public record MeasureAgenda(Day asOf, int withinDays, List<Item> overdue, List<Item> dueSoon,
        List<Item> completedLate) {

    /** A measure and the days overdue, left or late. */
    public record Item(Measure measure, long days) {
    }

    public MeasureAgenda {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        completedLate = List.copyOf(completedLate);
    }

    /** The agenda of {@code measures} as of {@code asOf} with a look-ahead of {@code withinDays} days. */
    public static MeasureAgenda of(Collection<Measure> measures, Day asOf, int withinDays) {
        List<Item> overdue = new ArrayList<>();
        List<Item> dueSoon = new ArrayList<>();
        List<Item> late = new ArrayList<>();
        for (Measure m : measures) {
            if (m.getDue() == null) {
                continue;
            }
            long left = asOf.daysUntil(m.getDue());
            if (isOpenOn(m, asOf)) {
                if (left < 0) {
                    overdue.add(new Item(m, -left));
                } else if (left <= withinDays) {
                    dueSoon.add(new Item(m, left));
                }
            } else if (m.getStatus() == MeasureStatus.DONE && m.getCompleted() != null
                    && m.getCompleted().isAfter(m.getDue())) {
                late.add(new Item(m, m.getDue().daysUntil(m.getCompleted())));
            }
        }
        overdue.sort(Comparator.comparingLong(Item::days).reversed());
        dueSoon.sort(Comparator.comparingLong(Item::days));
        late.sort(Comparator.comparingLong(Item::days).reversed());
        return new MeasureAgenda(asOf, withinDays, overdue, dueSoon, late);
    }

    /** Open = not done and not cancelled. */
    public static boolean isOpen(Measure m) {
        return m.getStatus() == MeasureStatus.OPEN || m.getStatus() == MeasureStatus.IN_PROGRESS;
    }

    /**
     * Whether {@code m} was still open on {@code day}: open now, or done after that day (an agenda as of an
     * earlier date must not know of a completion that came later).
     */
    public static boolean isOpenOn(Measure m, Day day) {
        return isOpen(m) || (m.getStatus() == MeasureStatus.DONE && m.getCompleted() != null
                && m.getCompleted().isAfter(day));
    }
}
