/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.util.List;

/**
 * The cells of one sheet as text, rows numbered as the user sees them (1-based).
 *
 * @param location how problems name the table: the file, plus the sheet for workbooks ({@code data.xlsx[1-8月]})
 * @param encoding the character set a CSV file was read with (null for workbooks), for messages
 */
public record Table(String location, List<Row> rows, String encoding) {

    public Table(String location, List<Row> rows) {
        this(location, rows, null);
    }

    /** One row: its 1-based number and its cells (trimmed text, empty for blank cells). */
    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    public Table {
        rows = List.copyOf(rows);
    }

}
