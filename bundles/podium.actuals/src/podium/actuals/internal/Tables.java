/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import podium.actuals.ImportCodes;
import podium.actuals.Mapping;
import podium.core.Limits;
import podium.core.Problem;
import podium.core.Severity;

/** Reads a CSV or XLSX file into a {@link Table}, choosing the reader by the file's extension. */
public final class Tables {

    private Tables() {
    }

    public static Table read(Path file, Mapping mapping) throws TableException {
        if (!Files.isReadable(file)) {
            throw unreadable(file, Messages.Tables_cannotRead);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            throw unreadable(file, NLS.bind(Messages.Tables_cannotReadBecause, e.getMessage()));
        }
        if (size > Limits.DATA_FILE_BYTES) {
            int[] at = Limits.position(file, Limits.DATA_FILE_BYTES);
            throw new TableException(new Problem(file.toString(), at[0], at[1], Severity.ERROR, ImportCodes.UNREADABLE,
                    NLS.bind(Messages.Tables_tooLarge, size, Limits.mebibytes(Limits.DATA_FILE_BYTES))));
        }
        if (isWorkbook(file)) {
            return XlsxTables.read(file, mapping.sheet());
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw unreadable(file, Messages.Tables_oldExcelFormat);
        }
        return CsvTables.read(file, mapping.encoding());
    }

    /** The sheet names of an XLSX workbook; empty for CSV files and files that cannot be read. */
    public static List<String> sheetNames(Path file) {
        return isWorkbook(file) && Files.isReadable(file) ? XlsxTables.sheetNames(file) : List.of();
    }

    private static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    /** A file that cannot be read as a whole: located at its start, as every problem has a place. */
    static TableException unreadable(Path file, String message) {
        return unreadable(file, 1, message);
    }

    /** A file whose reading stopped at {@code line} (1-based). */
    static TableException unreadable(Path file, long line, String message) {
        return new TableException(new Problem(file.toString(), (int) Math.min(line, Integer.MAX_VALUE), 1, Severity.ERROR,
                ImportCodes.UNREADABLE, message));
    }
}
