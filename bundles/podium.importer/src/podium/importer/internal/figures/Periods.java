/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the period a figure refers to when the sentence states one: {@code 上半年}, {@code 1-6月},
 * {@code 今年1-4月份}, {@code 截止6月底}, {@code 三季度末}, {@code 年内}, {@code 2015年}. Adjacent
 * expressions are read together, and a period stated before a semicolon still holds after it.
 */
public final class Periods {

    private static final Pattern PERIOD = Pattern.compile(
            "今年以来|今年|去年|上年|明年|全年|年内|年底前|年底|年初|年末|上半年|下半年|前三季度|[一二三四]季度末?|"
                    + "\\d{1,2}\\s*[-—–~至到]\\s*\\d{1,2}月份?|\\d{1,2}月(?:份|底|末|中旬|上旬|下旬)?前?|"
                    + "截[止至]目前|截[止至](?=\\d)|(?:19|20)\\d{2}年度?|20[xX]{2}年度?|[xX]{2}年|“十[一二三四五]五”(?:期间|时期)?");
    private static final String STOP = "。！？\n";

    private static final String COMPARED = "较比与同于";

    private Periods() {
    }

    /** 较一季度, 比去年: a period something is compared with, not the one the figure is for. */
    private static boolean isComparison(CharSequence text, int start) {
        return start > 0 && COMPARED.indexOf(text.charAt(start - 1)) >= 0;
    }

    /** The period stated before {@code start} in its sentence, or null. */
    public static String before(CharSequence text, int start) {
        int from = start;
        while (from > 0 && STOP.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        Matcher m = PERIOD.matcher(text).region(from, start);
        int groupStart = -1;
        int groupEnd = -1;
        while (m.find()) {
            if (isComparison(text, m.start())) {
                continue;
            }
            if (groupEnd >= 0 && m.start() - groupEnd <= 1) {
                groupEnd = m.end();
            } else {
                groupStart = m.start();
                groupEnd = m.end();
            }
        }
        if (groupStart < 0) {
            return null;
        }
        return text.subSequence(groupStart, groupEnd).toString().replace(" ", "");
    }
}
