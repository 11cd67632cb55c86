/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import podium.reports.api.ExportContext;
import podium.reports.api.ReportData;
import podium.reports.api.ReportExporter;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;

/**
 * The report's tables as CSV (RFC 4180, UTF-8 with a byte-order mark for Excel and WPS): per table
 * its title, the header and the rows, a blank line between tables. Numbers are plain numbers as
 * displayed (at most two decimals, no unit, % sign or grouping); a ranked value is its number with
 * the rank in a column of its own beside it; an empty cell is empty.
 */
public final class CsvExporter implements ReportExporter {

    private static final String BOM = "\uFEFF"; //$NON-NLS-1$
    private static final String LINE_END = "\r\n"; //$NON-NLS-1$

    @Override
    public boolean accepts(ReportData data) {
        return !data.tables().isEmpty();
    }

    @Override
    public void write(ReportData data, ExportContext context, OutputStream out) throws IOException {
        Formats formats = Formats.forLocale(context.locale());
        StringBuilder csv = new StringBuilder(BOM);
        List<Table> tables = data.tables();
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                csv.append(LINE_END);
            }
            table(csv, tables.get(i), formats);
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void table(StringBuilder csv, Table table, Formats formats) {
        List<FlatColumn> columns = FlatColumn.of(table);
        line(csv, List.of(table.title()));
        line(csv, columns.stream().map(FlatColumn::header).toList());
        for (Row row : table.rows()) {
            List<String> fields = new ArrayList<>();
            for (FlatColumn column : columns) {
                fields.add(field(column.value(row), formats));
            }
            line(csv, fields);
        }
    }

    /** A value as a CSV field: numbers as {@link Formats#number} writes them, text as it is, nothing for no value. */
    static String field(Value value, Formats formats) {
        if (value == null || value instanceof Value.Empty) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Value.Text text) {
            return text.text();
        }
        if (value instanceof Value.Status status) {
            return status.label();
        }
        return formats.number(value.number());
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(fields.get(i)));
        }
        csv.append(LINE_END);
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
