/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

/**
 * Reads CSV with commons-csv. Statistics offices send UTF-8 (often with a BOM) or GBK; without an
 * explicit encoding, text that is not valid UTF-8 is read as GB18030 (a superset of GBK).
 */
final class CsvTables {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTables() {
    }

    static Table read(Path file, String encoding) throws TableException {
        String text;
        try {
            text = decode(Files.readAllBytes(file), encoding);
        } catch (IOException e) {
            throw Tables.unreadable(file, NLS.bind(Messages.Tables_cannotReadBecause, e.getMessage()));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(c -> cells.add(c == null ? "" : c.strip()));
                rows.add(new Table.Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw Tables.unreadable(file, NLS.bind(Messages.Tables_unreadableCsv, e.getMessage()));
        }
        return new Table(file.toString(), rows);
    }

    private static String decode(byte[] bytes, String encoding) throws CharacterCodingException {
        if (encoding != null) {
            return strip(new String(bytes, Charset.forName(encoding)));
        }
        try {
            return strip(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Comma unless the first line has more semicolons or tabs (Excel exports in some locales). */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',' || c == '，').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
