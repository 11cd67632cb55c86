/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import podium.compute.Percentages;
import podium.model.Unit;
import podium.model.time.Day;
import podium.model.units.Dimension;
import podium.model.units.Units;
import podium.reports.api.Value;

/**
 * Report values as text, in the style of government bulletins: percentages with two decimals,
 * gaps in 个百分点 taken between displayed percentages, 同比增长/下降 with the sign in the word,
 * 第N位, and amounts in 万 or 亿 as the notes on bulletins recommend. Chinese for a Chinese locale,
 * English otherwise.
 *
 * @since 1.0
 */
public final class Formats {

    /** Decimals of a displayed amount (亿元 with two decimals, as bulletins print them). */
    public static final int AMOUNT_SCALE = 2;

    private static final BigDecimal HUNDRED_MILLION_IN_TEN_THOUSANDS = BigDecimal.valueOf(10_000);

    private final Locale locale;
    private final ResourceBundle words;

    private Formats(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("podium.reports.api.internal.formats", locale,
                Formats.class.getClassLoader());
    }

    /** Chinese for a Chinese locale (zh, zh_CN, zh_TW), English otherwise. */
    public static Formats forLocale(Locale locale) {
        return new Formats("zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    /** Formats for the user's language (the workbench's {@code -nl}, the terminal's locale). */
    public static Formats current() {
        return forLocale(Locale.getDefault());
    }

    public static Formats chinese() {
        return forLocale(Locale.SIMPLIFIED_CHINESE);
    }

    public static Formats english() {
        return forLocale(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** A value as a table cell shows it. */
    public String cell(Value value) {
        if (value instanceof Value.Text t) {
            return t.text();
        } else if (value instanceof Value.Amount a) {
            return number(a.value());
        } else if (value instanceof Value.Percent p) {
            return percent(p.value());
        } else if (value instanceof Value.Points p) {
            return signedPoints(p.value());
        } else if (value instanceof Value.Rank r) {
            return rank(r.position(), r.of());
        } else if (value instanceof Value.Movement m) {
            return movement(m.places());
        } else if (value instanceof Value.Status s) {
            return s.label();
        } else if (value instanceof Value.Ranked r) {
            return word("ranked", cell(r.value()), r.rank().position());
        }
        return ((Value.Empty) value).kind() == Value.Empty.Kind.NO_BASE ? word("empty.noBase") : word("empty");
    }

    /** A number as bulletins print it: at most two decimals (half up), no trailing zeros, no grouping. */
    public String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /** An amount with its unit, in that unit: {@code 15844万美元}. */
    public String amount(BigDecimal value, Unit unit) {
        if (unit == null || unit == Unit.NONE) {
            return number(value);
        }
        return word("amount", number(value), unit.getLiteral());
    }

    /**
     * An amount for running text, in the unit bulletins would use: money of at least 1亿 in 亿 with two
     * decimals ({@code 2.40亿美元}), smaller amounts of US dollars in whole 万美元 ({@code 4668万美元}),
     * smaller amounts of yuan in 万元; other units as they are.
     */
    public String prose(BigDecimal value, Unit unit) {
        Dimension dimension = unit == null ? null : Units.dimensionOf(unit);
        if (dimension == Dimension.US_DOLLARS || dimension == Dimension.YUAN) {
            Unit tenThousand = dimension == Dimension.US_DOLLARS ? Unit.TEN_THOUSAND_USD : Unit.TEN_THOUSAND_YUAN;
            Unit hundredMillion = dimension == Dimension.US_DOLLARS ? Unit.HUNDRED_MILLION_USD : Unit.HUNDRED_MILLION_YUAN;
            BigDecimal inTenThousands = Units.convert(value, unit, tenThousand);
            if (inTenThousands.abs().compareTo(HUNDRED_MILLION_IN_TEN_THOUSANDS) >= 0) {
                BigDecimal inHundredMillions = Units.convert(value, unit, hundredMillion);
                return word("amount", inHundredMillions.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP).toPlainString(),
                        hundredMillion.getLiteral());
            }
            if (dimension == Dimension.US_DOLLARS) {
                return word("amount", inTenThousands.setScale(0, RoundingMode.HALF_UP).toPlainString(),
                        tenThousand.getLiteral());
            }
            return amount(inTenThousands, tenThousand);
        }
        return amount(value, unit);
    }

    /** A percentage as displayed: {@code 41.69%}. */
    public String percent(BigDecimal value) {
        return word("percent", Percentages.display(value).toPlainString());
    }

    /** Percentage points without sign: {@code 0.02个百分点}. */
    public String points(BigDecimal value) {
        return word("points", Percentages.display(value.abs()).toPlainString());
    }

    /** Percentage points with their sign, for table cells: {@code +0.02}, {@code -1.50}. */
    public String signedPoints(BigDecimal value) {
        BigDecimal shown = Percentages.display(value);
        return (shown.signum() > 0 ? "+" : "") + shown.toPlainString();
    }

    /** The gap to the time schedule in words: {@code 超序时进度0.02个百分点}, {@code 低于序时进度1.50个百分点}. */
    public String gapToSchedule(BigDecimal points) {
        int sign = Percentages.display(points).signum();
        String key = sign > 0 ? "gap.ahead" : sign < 0 ? "gap.behind" : "gap.even";
        return word(key, points(points));
    }

    /** Year-on-year growth in words: {@code 同比增长9.10%}, {@code 同比下降3.20%} (never 增长-3.20%). */
    public String yearOnYear(BigDecimal percent) {
        int sign = Percentages.display(percent).signum();
        String key = sign > 0 ? "yoy.up" : sign < 0 ? "yoy.down" : "yoy.even";
        return word(key, percent(percent.abs()));
    }

    /** A rank: {@code 第3位}, or {@code 第3位/共21} when the group size is known. */
    public String rank(int position, int of) {
        return of > 0 ? word("rank.of", position, of) : word("rank", position);
    }

    /** A movement in a ranking: {@code ↑2}, {@code ↓1}, {@code –} when unchanged. */
    public String movement(int places) {
        return places > 0 ? "↑" + places : places < 0 ? "↓" + -places : "–";
    }

    /** A date as official documents write it: {@code 2004年5月31日} (no leading zeros), {@code 31 May 2004}. */
    public String date(Day day) {
        return word("date", Integer.toString(day.year()), Integer.toString(day.month().month()),
                Integer.toString(day.date().getDayOfMonth()), day.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    /**
     * A count of 0..99 in Chinese numerals as headings and lists write it (一、二十一) in Chinese; in
     * Arabic digits otherwise and beyond 99.
     */
    public String numeral(int n) {
        if (!isChinese() || n < 0 || n > 99) {
            return Integer.toString(n);
        }
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10));
        return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    private String word(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }
}
