/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal.generic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import podium.reports.api.Column;
import podium.reports.api.Row;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;

/**
 * What the filter row keeps: each column's text is looked for in the cell as shown (any case); in a
 * numeric column {@code >60}, {@code <=100} or {@code =0} compare with the cell's number instead.
 * Totals are always kept.
 */
final class RowFilter {

    private static final Pattern COMPARISON = Pattern.compile("\\s*(>=|<=|>|<|=)\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*%?\\s*"); //$NON-NLS-1$

    private final List<Column> columns;
    private final Formats formats;

    RowFilter(List<Column> columns, Formats formats) {
        this.columns = columns;
        this.formats = formats;
    }

    /** Whether {@code row} passes every column's filter text. */
    boolean keeps(Row row, Map<Integer, Object> filters) {
        if (row.kind() == Row.Kind.TOTAL) {
            return true;
        }
        for (Map.Entry<Integer, Object> filter : filters.entrySet()) {
            String text = filter.getValue() == null ? "" : filter.getValue().toString().strip(); //$NON-NLS-1$
            int index = filter.getKey();
            if (!text.isEmpty() && index >= 0 && index < columns.size() && !matches(row.cell(index), index, text)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(Value value, int index, String text) {
        Matcher comparison = COMPARISON.matcher(text);
        if (columns.get(index).type().numeric() && comparison.matches()) {
            BigDecimal number = value.number();
            return number != null && holds(number.compareTo(new BigDecimal(comparison.group(2))), comparison.group(1));
        }
        return formats.cell(value).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    private static boolean holds(int order, String operator) {
        return switch (operator) {
            case ">" -> order > 0; //$NON-NLS-1$
            case ">=" -> order >= 0; //$NON-NLS-1$
            case "<" -> order < 0; //$NON-NLS-1$
            case "<=" -> order <= 0; //$NON-NLS-1$
            default -> order == 0;
        };
    }
}
