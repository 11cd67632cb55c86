/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.osgi.util.NLS;

/**
 * Reads one sheet of an XLSX workbook with fastexcel-reader. Numbers keep the exact text Excel
 * stored; cells formatted as dates become {@code yyyy-mm-dd}.
 */
final class XlsxTables {

    private XlsxTables() {
    }

    static Table read(Path file, String sheetName) throws TableException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Sheet sheet = sheet(workbook, sheetName)
                    .orElseThrow(() -> Tables.unreadable(file, NLS.bind(Messages.Tables_noSheet, sheetName)));
            List<Table.Row> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                stream.forEach(row -> rows.add(new Table.Row(row.getRowNum(), cells(row))));
            }
            return new Table(file + "[" + sheet.getName() + "]", rows);
        } catch (IOException | RuntimeException e) {
            throw Tables.unreadable(file, NLS.bind(Messages.Tables_unreadableXlsx, e.getMessage()));
        }
    }

    /** The names of the workbook's sheets in order; empty when it cannot be read (reading reports why). */
    static List<String> sheetNames(Path file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            return workbook.getSheets().map(Sheet::getName).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static Optional<Sheet> sheet(ReadableWorkbook workbook, String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(workbook.getFirstSheet());
        }
        Optional<Sheet> byName = workbook.findSheet(name);
        if (byName.isPresent() || !name.matches("\\d+")) {
            return byName;
        }
        return workbook.getSheet(Integer.parseInt(name) - 1);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getOptionalCell(i).map(XlsxTables::text).orElse(""));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
            return cell.asDate().toLocalDate().toString();
        }
        if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.FORMULA) {
            String raw = cell.getRawValue();
            return raw == null ? "" : raw.strip();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(java.util.Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        return f.contains("y") || f.contains("d") || (f.contains("m") && !f.contains("0"));
    }
}
