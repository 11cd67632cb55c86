/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal.generic;

import java.util.List;

import podium.reports.api.Column;
import podium.reports.api.Row;
import podium.reports.api.format.Formats;

/**
 * Table cells as tab-separated text that pastes into Excel or WPS as cells: one line per row, cells as
 * the table shows them (numbers never have thousands separators in {@link Formats}), tabs and line
 * breaks inside a cell replaced by spaces.
 */
final class TableText {

    private TableText() {
    }

    /** The header line and every row. */
    static String all(List<Column> columns, List<Row> rows, Formats formats) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            text.append(c == 0 ? "" : "\t").append(clean(columns.get(c).header())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        text.append('\n');
        for (Row row : rows) {
            text.append(cells(row, 0, columns.size() - 1, formats)).append('\n');
        }
        return text.toString();
    }

    /** The cells {@code firstColumn..lastColumn} of {@code row}. */
    static String cells(Row row, int firstColumn, int lastColumn, Formats formats) {
        StringBuilder text = new StringBuilder();
        for (int c = firstColumn; c <= lastColumn; c++) {
            text.append(c == firstColumn ? "" : "\t").append(clean(formats.cell(row.cell(c)))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.toString();
    }

    private static String clean(String cell) {
        return cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
