/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.importer.internal.figures.Periods;
import podium.model.FigureCitation;
import podium.model.Section;
import podium.model.Speech;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;

/**
 * The period a figure cited in a speech refers to: the one its sentence states ({@code 2003年}, {@code 今年1-8月},
 * {@code 上半年}); for what the sentence leaves open ({@code 全年}, {@code 上半年}, {@code 同比}, no period at all)
 * the year of the innermost enclosing section heading that names one ({@code 一、2003年工作回顾},
 * {@code 过去一年工作回顾}), else the year of the speech's date. {@code 今年}, {@code 去年}, {@code 明年} count from the
 * speech's date (from the heading's year when the speech has no date). Under a retrospective heading without a year
 * ({@code 工作回顾}, {@code 肯定成绩}) {@code 全年} is the last year that ended before the speech.
 *
 * <p>The importer records the result on each {@link FigureCitation}; checks use {@link #of} so that speeches
 * imported before periods were recorded are read by the same rule.
 */
public final class FigurePeriods {

    /**
     * @param period     the period the figure refers to, or null when neither the text nor the speech's date says
     * @param unresolved when the text names a period the model cannot hold ({@code 20xx年}, {@code “十一五”期间},
     *                   {@code 下半年}: the model's figures run from January), that text; else null
     */
    public record Resolution(Period period, String unresolved) {

        static final Resolution NONE = new Resolution(null, null);

        static Resolution unresolved(String text) {
            return new Resolution(null, text);
        }
    }

    /** The context year a heading gives: a year, a placeholder naming an unknown one, or none. */
    private record HeadingYear(Integer year, String placeholder, boolean retrospective) {
    }

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?:19|20)?[xX×]{2}年|“?十[一二三四五]五”?");
    private static final Pattern LAST_YEAR = Pattern.compile("去年|上年|上一年|过去的?一年|一年来");
    private static final Pattern THIS_YEAR = Pattern.compile("今年|本年");
    private static final Pattern NEXT_YEAR = Pattern.compile("明年");
    /**
     * A heading that looks back (工作回顾, 总结); not 肯定成绩, which in the corpus reviews the year so far as often,
     * nor a look back on part of the year (上半年工作回顾, 今年以来).
     */
    private static final Pattern RETROSPECTIVE = Pattern.compile("回顾|总结|过去");
    private static final Pattern PART_OF_YEAR = Pattern.compile("半年|季度|以来|\\d{1,2}月");
    private static final Pattern WHOLE_YEAR = Pattern.compile("全年");
    private static final Pattern FIRST_HALF = Pattern.compile("上半年");
    private static final Pattern FIRST_QUARTER = Pattern.compile("(?<!前)(?:一|1|第一)季度");
    private static final Pattern FIRST_THREE_QUARTERS = Pattern.compile("前三季度");
    /** 1-8月, 1至5月份 (the extractor reads digits only); 8月底, 截至8月, 截止8月末. */
    private static final Pattern TO_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*[-—–~至到]\\s*(\\d{1,2})月|(?<!\\d)(\\d{1,2})月(?:底|末)|截[止至]到?(\\d{1,2})月");
    /** Parts of a year that do not run from January: the model's figures to date cannot be compared with them. */
    private static final Pattern NOT_FROM_JANUARY = Pattern.compile("下半年|[二三四2-4]季度|(?<![-—–~至到\\d])\\d{1,2}月");

    private FigurePeriods() {
    }

    /** The figure's recorded period, else the one the rule finds in its speech's text, headings and date. */
    public static Resolution of(Speech speech, FigureCitation figure) {
        if (figure.getPeriod() != null) {
            return new Resolution(figure.getPeriod(), null);
        }
        String text = speech.getText();
        int offset = Math.max(0, Math.min(figure.getOffset(), text == null ? 0 : text.length()));
        String stated = text == null ? null : Periods.before(text, offset);
        return resolve(stated, headings(speech, offset), speech.getDate());
    }

    /**
     * @param stated   the period the figure's sentence states, as the importer read it ({@code 2003年}, {@code 全年}), or
     *                 null
     * @param headings the titles of the sections enclosing the figure, innermost first
     * @param date     the speech's date, or null
     */
    public static Resolution resolve(String stated, List<String> headings, Day date) {
        if (stated != null && PLACEHOLDER.matcher(stated).find()) {
            return Resolution.unresolved(stated);
        }
        Integer explicit = stated == null ? null : lastYear(stated);
        HeadingYear context = context(headings, date);
        Integer year;
        if (explicit != null) {
            year = explicit;
        } else if (stated != null && relative(stated) != null) {
            Integer now = date != null ? Integer.valueOf(date.year()) : context.year();
            if (now == null) {
                return context.placeholder() != null ? Resolution.unresolved(context.placeholder()) : Resolution.NONE;
            }
            year = now + relative(stated);
        } else if (context.placeholder() != null) {
            return Resolution.unresolved(context.placeholder());
        } else if (context.year() != null) {
            year = context.year();
        } else if (date == null) {
            return Resolution.NONE;
        } else if (context.retrospective() && stated != null && WHOLE_YEAR.matcher(stated).find()) {
            // a whole year already reviewed: the last one that ended before the speech
            year = date.month().month() == 12 && date.date().getDayOfMonth() == 31 ? date.year() : date.year() - 1;
        } else {
            year = date.year();
        }
        return within(stated, year);
    }

    /** The part of {@code year} the stated period names: the year, or a part of it counted from January. */
    private static Resolution within(String stated, int year) {
        if (stated == null) {
            return new Resolution(Period.year(year), null);
        }
        Matcher months = TO_MONTH.matcher(stated);
        if (months.find()) {
            if (months.group(1) != null && !"1".equals(months.group(1))) {
                return Resolution.unresolved(stated);
            }
            String to = months.group(2) != null ? months.group(2) : months.group(3) != null ? months.group(3) : months.group(4);
            int month = Integer.parseInt(to);
            return month >= 1 && month <= 12 ? new Resolution(Period.month(Month.of(year, month)), null)
                    : Resolution.unresolved(stated);
        }
        if (FIRST_HALF.matcher(stated).find()) {
            return new Resolution(Period.half(year, 1), null);
        }
        if (FIRST_THREE_QUARTERS.matcher(stated).find()) {
            return new Resolution(Period.month(Month.of(year, 9)), null);
        }
        if (FIRST_QUARTER.matcher(stated).find()) {
            return new Resolution(Period.quarter(year, 1), null);
        }
        if (NOT_FROM_JANUARY.matcher(stated).find()) {
            return Resolution.unresolved(stated);
        }
        return new Resolution(Period.year(year), null);
    }

    /** -1 for 去年, 0 for 今年, +1 for 明年, null when the text names no year relative to now. */
    private static Integer relative(String text) {
        if (LAST_YEAR.matcher(text).find()) {
            return -1;
        }
        if (NEXT_YEAR.matcher(text).find()) {
            return 1;
        }
        return THIS_YEAR.matcher(text).find() ? 0 : null;
    }

    private static Integer lastYear(String text) {
        Integer year = null;
        for (Matcher m = YEAR.matcher(text); m.find();) {
            year = Integer.valueOf(m.group(1));
        }
        return year;
    }

    /** The year of the innermost heading that gives one; retrospective when a heading on the way reviews the past. */
    private static HeadingYear context(List<String> headings, Day date) {
        boolean retrospective = false;
        for (String title : headings) {
            if (title == null) {
                continue;
            }
            retrospective |= RETROSPECTIVE.matcher(title).find() && !PART_OF_YEAR.matcher(title).find();
            TreeSet<Integer> years = new TreeSet<>();
            for (Matcher m = YEAR.matcher(title); m.find();) {
                years.add(Integer.valueOf(m.group(1)));
            }
            if (years.size() == 1) {
                return new HeadingYear(years.first(), null, retrospective);
            }
            if (years.size() > 1) {
                continue; // 2003年回顾和2004年任务: no one year for what is under it
            }
            Matcher placeholder = PLACEHOLDER.matcher(title);
            if (placeholder.find()) {
                return new HeadingYear(null, placeholder.group(), retrospective);
            }
            Integer relative = relative(title);
            if (relative != null) {
                return date == null ? new HeadingYear(null, relativeWord(title), retrospective)
                        : new HeadingYear(date.year() + relative, null, retrospective);
            }
        }
        return new HeadingYear(null, null, retrospective);
    }

    private static String relativeWord(String title) {
        for (Pattern p : List.of(LAST_YEAR, NEXT_YEAR, THIS_YEAR)) {
            Matcher m = p.matcher(title);
            if (m.find()) {
                return m.group();
            }
        }
        return title;
    }

    /** The titles of the sections of {@code speech} that enclose {@code offset}, innermost first. */
    public static List<String> headings(Speech speech, int offset) {
        List<String> titles = new ArrayList<>();
        List<Section> level = speech.getSections();
        while (true) {
            Section enclosing = null;
            for (Section s : level) {
                if (s.getOffset() <= offset) {
                    enclosing = s;
                }
            }
            if (enclosing == null) {
                break;
            }
            titles.add(0, enclosing.getTitle());
            level = enclosing.getChildren();
        }
        return titles;
    }
}
