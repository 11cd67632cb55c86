/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.model.Basis;
import podium.model.time.Day;
import podium.model.time.Month;

/** Parses the text of cells the way statistics tables write numbers, months, dates and bases. */
public final class Cells {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-./年])\\s*(\\d{1,2})\\s*(?:月(?:份)?)?");
    private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern EXPONENT = Pattern.compile("[-+]?[0-9.,]+[eE][-+]?[0-9]+%?");
    /** Digits grouped by three with commas or spaces (one of them, checked apart), then decimals. */
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(?:[, ]\\d{3})+(?:\\.\\d+)?");
    private static final Pattern LAYOUT_SPACE = Pattern.compile("(?<!\\d) +| +(?!\\d)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");

    private Cells() {
    }

    /**
     * A number written with thousands separators, full-width digits or a trailing %; null if it is not one.
     * A separator (a comma, or a space between digits) must split the integer digits into groups of three:
     * "1,02" is a typo for 102, 1.02 or 1020, and reading it as 102 would import a wrong value silently.
     */
    public static BigDecimal number(String text) {
        String s = unseparated(text, true);
        if (s == null || s.isEmpty() || exponent(text)) {
            return null; // 1e3 is no way a statistics table writes 1000: rather a typo or a mangled cell
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether {@code text} is refused only for its thousands separators ("1,02", "1,0200", "102,", "1.020,5"):
     * the import then says how they are written instead of a bare "not a number".
     */
    public static boolean misgrouped(String text) {
        return number(text) == null && !exponent(text) && isNumber(unseparated(text, false));
    }

    /**
     * The text of a number without its %, spaces and separators; with {@code checked}, null when separators
     * do not group the integer digits by three, the same separator throughout.
     */
    private static String unseparated(String text, boolean checked) {
        String s = halfWidth(text).strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        // Spaces next to a sign or the % are layout ("- 5", "12 %"); only one between digits separates.
        s = LAYOUT_SPACE.matcher(s).replaceAll("");
        boolean commas = s.indexOf(',') >= 0;
        boolean spaces = s.indexOf(' ') >= 0;
        if (checked && (commas || spaces) && (commas && spaces || !GROUPED.matcher(s).matches())) {
            return null;
        }
        return s.replace(",", "").replace(" ", "");
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return !s.isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a number is written with an exponent (1e3, 2.5E-2), which the import does not take. */
    public static boolean exponent(String text) {
        // compiled once: String.matches compiled it for every number of every row
        return EXPONENT.matcher(halfWidth(text).strip()).matches();
    }

    /** Whether a number cell was written as a percentage. */
    public static boolean percentSign(String text) {
        return halfWidth(text).strip().endsWith("%");
    }

    /** A month: 2004-08, 2004-8, 2004.08, 2004/8, 2004年8月, 200408 or a date in it; null if it is not one. */
    public static Month month(String text) {
        String s = halfWidth(text).strip();
        Day day = day(s);
        if (day != null) {
            return day.month();
        }
        Matcher m = MONTH.matcher(s);
        if (!m.matches()) {
            m = COMPACT_MONTH.matcher(s);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return Month.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date: 2004-09-10, 2004/9/10, 2004.9.10, 2004年9月10日; null if it is not one. */
    public static Day day(String text) {
        Matcher m = DATE.matcher(halfWidth(text).strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return new Day(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Cumulative (累计, 本年累计, cumulative) or monthly (当月, 本月, monthly); null otherwise. */
    public static Basis basis(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.contains("累计") || s.equals("cumulative")) {
            return Basis.CUMULATIVE;
        }
        if (s.contains("当月") || s.contains("本月") || s.equals("monthly")) {
            return Basis.MONTHLY;
        }
        return null;
    }

    /** Full-width digits and signs (０-９, ．, －, ％, ，) as their ASCII forms. */
    static String halfWidth(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
