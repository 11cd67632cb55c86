/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals;

import java.util.List;

/** A field of an actual the import fills, with the header titles recognised without a mapping file. */
public enum Field {
    ORGANISATION("organisation", true, List.of("单位", "单位名称", "地区", "县市区", "organisation", "organization")),
    INDICATOR("indicator", true, List.of("指标", "指标名称", "indicator")),
    MONTH("month", true, List.of("月份", "时间", "期别", "month")),
    VALUE("value", true, List.of("数值", "本年累计", "累计", "当月", "本月", "value")),
    UNIT("unit", false, List.of("计量单位", "unit")),
    BASIS("basis", false, List.of("口径", "basis")),
    PREVIOUS_YEAR("previousYear", false, List.of("上年同期", "去年同期", "previousYear")),
    SOURCE("source", false, List.of("来源", "source")),
    REPORT_DATE("reportDate", false, List.of("报送日期", "reportDate"));

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

    public static Field byKey(String key) {
        for (Field f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }
}
