/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date as written in plans ({@code 2004-08-31}); EMF reads and writes it through
 * {@link #valueOf(String)} and {@link #toString()}.
 */
public record Day(LocalDate date) implements Comparable<Day> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    public Day {
        Objects.requireNonNull(date, "date");
    }

    public static Day of(int year, int month, int day) {
        return new Day(LocalDate.of(year, month, day));
    }

    /** Parses {@code yyyy-mm-dd} (one-digit month and day accepted); rejects anything else. */
    public static Day valueOf(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date (expected yyyy-mm-dd): " + text);
        }
        try {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: " + text, e);
        }
    }

    public int year() {
        return date.getYear();
    }

    public Month month() {
        return Month.of(date.getYear(), date.getMonthValue());
    }

    public Day plusDays(long days) {
        return new Day(date.plusDays(days));
    }

    /** Days from this day to {@code other}; negative when other is earlier. */
    public long daysUntil(Day other) {
        return ChronoUnit.DAYS.between(date, other.date);
    }

    public boolean isBefore(Day other) {
        return date.isBefore(other.date);
    }

    public boolean isAfter(Day other) {
        return date.isAfter(other.date);
    }

    @Override
    public int compareTo(Day other) {
        return date.compareTo(other.date);
    }

    @Override
    public String toString() {
        return date.toString();
    }
}
