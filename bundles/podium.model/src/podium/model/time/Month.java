/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month ({@code 2004-08}), the granularity of statistics; EMF reads and writes it
 * through {@link #valueOf(String)} and {@link #toString()}.
 */
public record Month(int year, int month) implements Comparable<Month> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{1,2})");

    public Month {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month out of range 1..12: " + month);
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static Month of(int year, int month) {
        return new Month(year, month);
    }

    /** Parses {@code yyyy-mm} (a one-digit month accepted); rejects anything else. */
    public static Month valueOf(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a month (expected yyyy-mm): " + text);
        }
        return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Months since year 0, so that month arithmetic is plain integer arithmetic. */
    public int index() {
        return year * 12 + month - 1;
    }

    public static Month ofIndex(int index) {
        return of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    public Month plusMonths(int months) {
        return ofIndex(index() + months);
    }

    public Month previous() {
        return plusMonths(-1);
    }

    public Month next() {
        return plusMonths(1);
    }

    /** The same month one year earlier, the base of year-on-year comparisons. */
    public Month sameMonthLastYear() {
        return of(year - 1, month);
    }

    /** Number of months from this month to {@code other}; negative when other is earlier. */
    public int monthsUntil(Month other) {
        return other.index() - index();
    }

    public Day firstDay() {
        return Day.of(year, month, 1);
    }

    public Day lastDay() {
        return new Day(java.time.YearMonth.of(year, month).atEndOfMonth());
    }

    public int lengthInDays() {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    public boolean isBefore(Month other) {
        return index() < other.index();
    }

    public boolean isAfter(Month other) {
        return index() > other.index();
    }

    @Override
    public int compareTo(Month other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return String.format("%04d-%02d", year, month);
    }
}
