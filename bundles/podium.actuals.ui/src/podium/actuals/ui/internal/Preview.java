/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import java.nio.file.Path;
import java.util.List;

import podium.actuals.Mapping;
import podium.actuals.internal.Table;
import podium.actuals.internal.TableException;
import podium.actuals.internal.Tables;
import podium.core.Problem;

/**
 * The first rows of a data file as the importer reads them, for picking columns.
 *
 * @param header  the cells of the header row (empty when the file could not be read)
 * @param rows    up to {@code limit} rows below the header
 * @param problem why the file could not be read, or null
 */
public record Preview(List<String> header, List<List<String>> rows, Problem problem) {

    public static Preview read(Path file, String sheet, int headerRow, int limit) {
        Mapping mapping = new Mapping(sheet, headerRow, null, java.util.Map.of(), java.util.Map.of());
        try {
            Table table = Tables.read(file, mapping);
            List<String> header = table.rows().stream().filter(r -> r.number() == headerRow).findFirst()
                    .map(Table.Row::cells).orElse(List.of());
            List<List<String>> rows = table.rows().stream().filter(r -> r.number() > headerRow && !r.blank()).limit(limit)
                    .map(Table.Row::cells).toList();
            return new Preview(header, rows, null);
        } catch (TableException e) {
            return new Preview(List.of(), List.of(), e.problem());
        }
    }
}
