/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.time;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planning period: a year ({@code 2004}), half ({@code 2004H1}), quarter ({@code 2004Q3}) or month
 * ({@code 2004-08}), with the elapsed share of it as of a date, by whole months or by days.
 */
public record Period(Kind kind, int year, int index) implements Comparable<Period> {

    /** The granularity of a period and how many months it has. */
    public enum Kind {
        YEAR(12), HALF(6), QUARTER(3), MONTH(1);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }

        int count() {
            return 12 / months;
        }
    }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:([HQ])(\\d)|-(\\d{1,2}))?");

    public Period {
        if (kind == null || index < 1 || index > kind.count()) {
            throw new IllegalArgumentException("bad period " + kind + " " + year + " " + index);
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 1);
    }

    public static Period half(int year, int half) {
        return new Period(Kind.HALF, year, half);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter);
    }

    public static Period month(Month month) {
        return new Period(Kind.MONTH, month.year(), month.month());
    }

    /** Parses {@code 2004}, {@code 2004H1}, {@code 2004Q3} or {@code 2004-08}; rejects anything else. */
    public static Period valueOf(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period (expected 2004, 2004H1, 2004Q3 or 2004-08): " + text);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            Kind kind = m.group(2).equals("H") ? Kind.HALF : Kind.QUARTER;
            return new Period(kind, year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new Period(Kind.MONTH, year, Integer.parseInt(m.group(4)));
        }
        return year(year);
    }

    /** The period of the same kind that contains {@code month}. */
    public static Period containing(Kind kind, Month month) {
        return new Period(kind, month.year(), (month.month() - 1) / kind.months() + 1);
    }

    public Month firstMonth() {
        return Month.of(year, (index - 1) * kind.months() + 1);
    }

    public Month lastMonth() {
        return firstMonth().plusMonths(kind.months() - 1);
    }

    public Day start() {
        return firstMonth().firstDay();
    }

    public Day end() {
        return lastMonth().lastDay();
    }

    public int monthCount() {
        return kind.months();
    }

    public int dayCount() {
        return (int) start().daysUntil(end()) + 1;
    }

    /** The months of this period in calendar order. */
    public List<Month> months() {
        List<Month> months = new ArrayList<>(monthCount());
        for (Month m = firstMonth(); !m.isAfter(lastMonth()); m = m.next()) {
            months.add(m);
        }
        return months;
    }

    public boolean contains(Month month) {
        return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
    }

    public boolean contains(Day day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** The same period one year earlier. */
    public Period previousYear() {
        return new Period(kind, year - 1, index);
    }

    /** Whole months of this period that data up to and including {@code month} covers (0..monthCount). */
    public int elapsedMonths(Month dataMonth) {
        int covered = firstMonth().monthsUntil(dataMonth) + 1;
        return Math.max(0, Math.min(monthCount(), covered));
    }

    /** Whole months of this period that have ended on or before {@code asOf} (0..monthCount). */
    public int elapsedMonths(Day asOf) {
        Month month = asOf.month();
        Month lastComplete = asOf.equals(month.lastDay()) ? month : month.previous();
        return elapsedMonths(lastComplete);
    }

    /** Days of this period up to and including {@code asOf} (0..dayCount). */
    public int elapsedDays(Day asOf) {
        long days = start().daysUntil(asOf) + 1;
        return (int) Math.max(0, Math.min(dayCount(), days));
    }

    /** Elapsed share (0..1) counting whole months ended by {@code asOf}, as bulletins do (end of August: 8/12). */
    public BigDecimal elapsedByMonths(Day asOf) {
        return BigDecimal.valueOf(elapsedMonths(asOf)).divide(BigDecimal.valueOf(monthCount()), MathContext.DECIMAL64);
    }

    /** Elapsed share (0..1) counting days up to and including {@code asOf}, leap days included. */
    public BigDecimal elapsedByDays(Day asOf) {
        return BigDecimal.valueOf(elapsedDays(asOf)).divide(BigDecimal.valueOf(dayCount()), MathContext.DECIMAL64);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = firstMonth().compareTo(other.firstMonth());
        return byStart != 0 ? byStart : Integer.compare(other.monthCount(), monthCount());
    }

    /** The text {@link #valueOf(String)} reads, in ASCII digits whatever the default locale's are. */
    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case HALF -> String.format(Locale.ROOT, "%04dH%d", year, index);
            case QUARTER -> String.format(Locale.ROOT, "%04dQ%d", year, index);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, index);
        };
    }
}
