/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import podium.actuals.ImportCodes;
import podium.actuals.Mapping;
import podium.core.Problem;
import podium.core.Severity;

/** Reads a CSV or XLSX file into a {@link Table}, choosing the reader by the file's extension. */
public final class Tables {

    private Tables() {
    }

    public static Table read(Path file, Mapping mapping) throws TableException {
        if (!Files.isReadable(file)) {
            throw unreadable(file, "cannot read file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XlsxTables.read(file, mapping.sheet());
        }
        if (name.endsWith(".xls")) {
            throw unreadable(file, "old Excel 97-2003 (.xls) workbook: save it as .xlsx or .csv first");
        }
        return CsvTables.read(file, mapping.encoding());
    }

    static TableException unreadable(Path file, String message) {
        return new TableException(new Problem(file.toString(), 0, 0, Severity.ERROR, ImportCodes.UNREADABLE, message));
    }
}
