/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A field of an actual the import fills, with the header titles recognised without a mapping file: the one
 * table of those titles, matched by {@link #column} for the import and for the wizard's guess alike.
 */
public enum Field {
    ORGANISATION("organisation", true, List.of("单位", "单位名称", "地区", "县市区", "地区名称", "县市区名称", "县(市、区)", "填报单位",
            "统计单位", "organisation", "organization")),
    INDICATOR("indicator", true, List.of("指标", "指标名称", "indicator")),
    MONTH("month", true, List.of("月份", "时间", "期别", "统计月份", "统计时间", "统计期", "报告期", "年月", "month")),
    // cumulative titles first: a sheet with both 本月 and 本年累计 is read by its 本年累计 (the basis follows the title)
    VALUE("value", true, List.of("数值", "本年累计", "累计", "累计完成", "本年累计完成", "累计数", "本年累计数", "自年初累计",
            Field.MONTHS_SO_FAR, "当月", "本月", "当月数", "本月数", "当月完成", "本月完成", "value")),
    UNIT("unit", false, List.of("计量单位", "unit")),
    BASIS("basis", false, List.of("口径", "basis")),
    PREVIOUS_YEAR("previousYear", false, List.of("上年同期", "去年同期", "上年同期累计", "上年同期数", "去年同期累计",
            "去年同期数", "上年同期完成", "previousYear")),
    SOURCE("source", false, List.of("来源", "数据来源", "资料来源", "source")),
    REPORT_DATE("reportDate", false, List.of("报送日期", "报送时间", "填报日期", "填报时间", "报出日期", "reportDate"));

    /**
     * The title of a column of the months so far, which names the month: 1-8月, 1-8月累计, 1—9月份累计完成,
     * 1至9月 (always from January: a cumulative value). One entry of the table, standing for all of these.
     */
    public static final String MONTHS_SO_FAR = "1-N月累计";

    private static final Pattern MONTHS_SO_FAR_TITLE = Pattern.compile("1[-—–~至到]\\d{1,2}月份?(?:累计)?(?:完成)?(?:数)?");

    /** A unit or note in brackets after a title: 本年累计（万美元）, 数值 (万元), 单位【县市区】. */
    private static final Pattern BRACKETED = Pattern.compile("[(\\[【][^)\\]】]*[)\\]】]$");

    private final String key;
    private final boolean required;
    private final List<String> titles;

    Field(String key, boolean required, List<String> titles) {
        this.key = key;
        this.required = required;
        this.titles = titles;
    }

    /** The name used in mapping files: {@code column.<key>} and {@code default.<key>}. */
    public String key() {
        return key;
    }

    /** Whether every row needs a value (from a column or a default). */
    public boolean required() {
        return required;
    }

    /** Header titles that map to this field when no mapping file names the column. */
    public List<String> titles() {
        return titles;
    }

    /**
     * The 0-based column of {@code header} this field is found in by its usual titles: the first of
     * {@link #titles()} that a header cell has, compared as {@link #normalised} (spaces, full-width forms, a
     * unit in brackets and the case of Latin letters do not count); empty when none has one.
     */
    public Optional<Integer> column(List<String> header) {
        List<String> cells = header.stream().map(Field::normalised).toList();
        for (String title : titles) {
            int index = title.equals(MONTHS_SO_FAR) ? monthsSoFar(cells) : cells.indexOf(normalised(title));
            if (index >= 0) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    private static int monthsSoFar(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (MONTHS_SO_FAR_TITLE.matcher(cells.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A header title as {@link #column} compares it: full-width forms as ASCII (NFKC), without a trailing
     * bracketed unit or note, without any whitespace, Latin letters in lower case.
     */
    public static String normalised(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).strip();
        s = BRACKETED.matcher(s).replaceFirst("");
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    public static Field byKey(String key) {
        for (Field f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }
}
