/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import podium.actuals.internal.Table;
import podium.actuals.internal.TableException;
import podium.actuals.internal.Tables;
import podium.core.Problem;

/**
 * The first rows of a data file read exactly as {@link ActualsImporter} reads them, so that a user
 * can pick the sheet, the header row and the columns before importing.
 *
 * @param sheets    the sheet names of a workbook in order (empty for CSV or an unreadable file)
 * @param headerRow the 1-based row read as the header (the one asked for, or the one found)
 * @param header    the cells of the header row (empty when the file could not be read)
 * @param rows    up to the requested number of non-blank rows below the header
 * @param problem why the file could not be read, or null
 */
public record TablePreview(List<String> sheets, int headerRow, List<String> header, List<List<String>> rows,
        Problem problem) {

    public TablePreview {
        sheets = List.copyOf(sheets);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * Reads the preview of {@code file}.
     *
     * @param sheet     XLSX sheet name or 1-based number; null for the first sheet
     * @param headerRow the 1-based row holding the column titles; 0 to find it as the importer does without a
     *                  mapping file (the first row with a column for every required field, below a report's title)
     * @param limit     how many rows below the header to return at most
     */
    public static TablePreview read(Path file, String sheet, int headerRow, int limit) {
        List<String> sheets = Tables.sheetNames(file);
        int asked = Math.max(1, headerRow);
        try {
            Table table = Tables.read(file, new Mapping(sheet, asked, null, Map.of(), Map.of()));
            int row = headerRow > 0 ? headerRow : ActualsImporter.columnTitlesRow(table, asked);
            List<String> header = table.rows().stream().filter(r -> r.number() == row).findFirst()
                    .map(Table.Row::cells).orElse(List.of());
            List<List<String>> rows = table.rows().stream().filter(r -> r.number() > row && !r.blank())
                    .limit(limit).map(Table.Row::cells).toList();
            return new TablePreview(sheets, row, header, rows, null);
        } catch (TableException e) {
            return new TablePreview(sheets, asked, List.of(), List.of(), e.problem());
        }
    }
}
