/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.time;


/**
 * A calendar month ({@code 2004-08}), the granularity of statistics; EMF reads and writes it
 * through {@link #valueOf(String)} and {@link #toString()}.
 */
public record Month(int year, int month) implements Comparable<Month> {

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

    /**
     * Parses {@code yyyy-mm} (a one-digit month accepted); rejects anything else. No regex: every
     * actual of a workspace has a month, and a regex match cost a few percent of parsing a workspace.
     */
    public static Month valueOf(String text) {
        String t = text.trim();
        int length = t.length();
        if (length < 6 || length > 7 || t.charAt(4) != '-' || !asciiDigits(t, 0, 4) || !asciiDigits(t, 5, length)) {
            throw new IllegalArgumentException("not a month (expected yyyy-mm): " + text);
        }
        return of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, length, 10));
    }

    /** Only 0-9: Integer.parseInt would also take a sign and full-width or other Unicode digits. */
    private static boolean asciiDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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

    /**
     * {@code yyyy-mm}. Not String.format: a file's every actual is written with its month (the actuals
     * import writes 200,000), and formatting cost more than the rest of writing the line.
     */
    @Override
    public String toString() {
        char[] text = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-', digit(month / 10),
            digit(month)};
        return new String(text);
    }

    /** The last decimal digit of a non-negative number, in ASCII. */
    private static char digit(int number) {
        return (char) ('0' + number % 10);
    }
}
