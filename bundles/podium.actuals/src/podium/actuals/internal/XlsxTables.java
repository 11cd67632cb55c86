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
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.osgi.util.NLS;

import podium.core.Limits;

/**
 * Reads one sheet of an XLSX workbook with fastexcel-reader. Numbers keep the exact text Excel
 * stored; cells formatted as dates become {@code yyyy-mm-dd}.
 */
final class XlsxTables {

    private XlsxTables() {
    }

    static Table read(Path file, String sheetName) throws TableException {
        try (ReadableWorkbook workbook = open(file)) {
            Sheet sheet = sheet(workbook, sheetName)
                    .orElseThrow(() -> Tables.unreadable(file, NLS.bind(Messages.Tables_noSheet, sheetName)));
            List<Table.Row> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                for (var it = stream.iterator(); it.hasNext();) {
                    Row row = it.next();
                    if (rows.size() >= Limits.DATA_ROWS) {
                        throw Tables.unreadable(file, row.getRowNum(), NLS.bind(Messages.Tables_tooManyRows, Limits.DATA_ROWS));
                    }
                    rows.add(new Table.Row(row.getRowNum(), cells(row)));
                }
            }
            return new Table(file + "[" + sheet.getName() + "]", rows);
        } catch (TableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Tables.unreadable(file, NLS.bind(Messages.Tables_unreadableXlsx, e.getMessage()));
        }
    }

    /**
     * Opens the workbook with its cell formats, which tell a date (built-in format 14, yyyy-mm-dd,
     * LibreOffice's YYYY-MM-DD) from a number; a workbook without a styles part (some generators write
     * none) has no date formats, and fastexcel refuses to read formats it cannot find.
     */
    private static ReadableWorkbook open(Path file) throws IOException {
        try {
            return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (ExcelReaderException e) {
            return new ReadableWorkbook(file.toFile());
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
        if (cell.getType() == CellType.NUMBER && isDate(cell)) {
            return cell.asDate().toLocalDate().toString();
        }
        if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.FORMULA) {
            String raw = cell.getRawValue();
            return raw == null ? "" : plain(raw.strip());
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    /** Excel stores 0.001 as 1E-3: the number the cell shows, written plainly. */
    private static String plain(String raw) {
        if (raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
            return raw;
        }
        try {
            return new java.math.BigDecimal(raw).toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** Built-in date formats (14-22, 27-36, 45-47, 50-58 in ECMA-376) or a format string of dates. */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58)) {
            return true;
        }
        return isDateFormat(cell.getDataFormatString());
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(java.util.Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        return f.contains("y") || f.contains("d") || (f.contains("m") && !f.contains("0"));
    }
}
