/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.math.BigDecimal;

/**
 * Reads numbers written with Chinese numerals: {@code 二十}, {@code 两}, {@code 一百二十}, {@code 三千五百},
 * {@code 一万二千}, {@code 一百零五}, and positional forms such as {@code 二〇一五}. 万 and 亿 are multiplied
 * out when they are part of the text given; callers leave a trailing 万 or 亿 to the unit
 * ({@code 三万元}, {@code 五亿美元}).
 */
public final class ChineseNumerals {

    /** The characters a Chinese numeral can be made of. */
    public static final String DIGITS = "〇零一二两三四五六七八九";
    public static final String MULTIPLIERS = "十百千";

    private ChineseNumerals() {
    }

    public static boolean isNumeralChar(char c) {
        return DIGITS.indexOf(c) >= 0 || MULTIPLIERS.indexOf(c) >= 0;
    }

    /** The value of a small numeral such as {@code 三} or {@code 十二}, or 0 when it is not one. */
    public static int parseInt(CharSequence s) {
        BigDecimal value = parse(s);
        return value == null ? 0 : value.intValue();
    }

    /** The value of {@code s}, which must be numerals only, or null when it is not a well-formed number. */
    public static BigDecimal parse(CharSequence s) {
        if (s.length() == 0) {
            return null;
        }
        if (isPositional(s)) {
            return positional(s);
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitValue(c);
            if (d >= 0) {
                if (digit > 0) {
                    return null; // two digits in a row without a multiplier: not a number
                }
                digit = d;
                continue;
            }
            long multiplier = multiplier(c);
            if (multiplier < 0) {
                return null;
            }
            if (multiplier >= 10_000) {
                section += Math.max(digit, 0);
                total = (total + section) * multiplier;
                section = 0;
            } else {
                // 十 alone (or at the start) means 一十
                section += (digit < 0 ? 1 : digit) * multiplier;
            }
            digit = -1;
        }
        return BigDecimal.valueOf(total + section + Math.max(digit, 0));
    }

    /** Forms like 二〇一五 or 三五 that read digit by digit, with no multiplier. */
    private static boolean isPositional(CharSequence s) {
        if (s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '两' || digitValue(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal positional(CharSequence s) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            digits.append(digitValue(s.charAt(i)));
        }
        return new BigDecimal(digits.toString());
    }

    static int digitValue(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    static long multiplier(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> -1;
        };
    }
}
