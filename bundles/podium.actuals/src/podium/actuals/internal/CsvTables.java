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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import podium.actuals.ImportCodes;
import podium.core.Limits;
import podium.core.Problem;
import podium.core.Severity;

/**
 * Reads CSV with commons-csv. Statistics offices send UTF-8 (often with a BOM) or GBK; without an
 * explicit encoding, text that is not valid UTF-8 is read as GB18030 (a superset of GBK).
 */
final class CsvTables {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTables() {
    }

    /** The text of a file and the character set it was read with. */
    private record Decoded(String text, String charset) {
    }

    static Table read(Path file, String encoding) throws TableException {
        Decoded decoded;
        try {
            decoded = decode(file, Files.readAllBytes(file), encoding);
        } catch (IOException e) {
            throw Tables.unreadable(file, NLS.bind(Messages.Tables_cannotReadBecause, e.getMessage()));
        }
        String text = decoded.text();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<Table.Row> rows = new ArrayList<>();
        long nextLine = 1;
        try {
            CSVParser parser = CSVParser.parse(new StringReader(text), format);
            for (CSVRecord record : parser) {
                nextLine = parser.getCurrentLineNumber() + 1;
                if (rows.size() >= Limits.DATA_ROWS) {
                    throw Tables.unreadable(file, parser.getCurrentLineNumber(), NLS.bind(Messages.Tables_tooManyRows, Limits.DATA_ROWS));
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(c -> cells.add(c == null ? "" : c.strip()));
                rows.add(new Table.Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | RuntimeException e) {
            throw new TableException(broken(file, text, e, nextLine));
        }
        return new Table(file.toString(), rows, decoded.charset());
    }

    private static final Pattern UNCLOSED = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token");
    private static final Pattern AFTER_QUOTE = Pattern.compile(
            "Invalid character between encapsulated token and delimiter at line: (\\d+), position: (\\d+)");

    /**
     * What commons-csv could not parse, in the user's words and located: an unclosed quote on the line it
     * opens, a character after a closing quote at its column, anything else on the line after the last
     * good record (commons-csv names no position for it).
     */
    private static Problem broken(Path file, String text, Exception e, long nextLine) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        Matcher unclosed = UNCLOSED.matcher(reason);
        if (unclosed.find()) {
            return problem(file, Long.parseLong(unclosed.group(1)), 1, Messages.Tables_csvUnclosedQuote);
        }
        Matcher afterQuote = AFTER_QUOTE.matcher(reason);
        if (afterQuote.find()) {
            long line = Long.parseLong(afterQuote.group(1));
            return problem(file, line, column(text, line, Long.parseLong(afterQuote.group(2))),
                    Messages.Tables_csvAfterQuote);
        }
        return problem(file, nextLine, 1, NLS.bind(Messages.Tables_csvBroken, Limits.echo(reason.replaceAll("\\s+", " "))));
    }

    private static Problem problem(Path file, long line, int column, String message) {
        return new Problem(file.toString(), (int) Math.min(line, Integer.MAX_VALUE), column, Severity.ERROR,
                ImportCodes.UNREADABLE, message);
    }

    /**
     * The 1-based column on 1-based {@code line} of the last character commons-csv read, {@code position}
     * being how many it had read; 1 if out of range.
     */
    private static int column(String text, long line, long position) {
        int start = 0;
        for (long l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        long column = position - start;
        return start < 0 || column < 1 || column > Integer.MAX_VALUE ? 1 : (int) column;
    }

    /**
     * UTF-8 (with or without a byte-order mark), UTF-16 with its byte-order mark or recognised by its
     * zero bytes, else GB18030; other zero bytes mean the file is no text at all.
     */
    private static Decoded decode(Path file, byte[] bytes, String encoding) throws TableException {
        if (encoding != null) {
            return new Decoded(strip(new String(bytes, Charset.forName(encoding))), encoding);
        }
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            return new Decoded(strip(new String(bytes, utf16)), "UTF-16");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] at = Limits.position(file, i);
                throw new TableException(new Problem(file.toString(), at[0], at[1], Severity.ERROR, ImportCodes.UNREADABLE,
                        NLS.bind(Messages.Tables_binary, "00", i)));
            }
        }
        try {
            return new Decoded(strip(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, GB18030), "GB18030");
        }
    }

    /**
     * UTF-16 by its byte-order mark, or without one (Excel's "Unicode text") by its zero bytes: ASCII
     * characters such as the delimiters and line ends give one zero byte each, nearly all on the same side
     * of their pair (a few Chinese characters such as 一, U+4E00, put one on the other side), which no
     * other text encoding and hardly any binary file does.
     */
    private static Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int n = Math.min(bytes.length, 4096) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (evenZeros + oddZeros < 2 || Math.min(evenZeros, oddZeros) * 8 > Math.max(evenZeros, oddZeros)) {
            return null;
        }
        return oddZeros > 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
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
