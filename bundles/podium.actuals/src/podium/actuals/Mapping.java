/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import podium.actuals.internal.Messages;
import podium.core.Problem;
import podium.core.Severity;

/**
 * How the columns of a spreadsheet map to actuals: per field a column (header title or column
 * letter) and/or a default used when the column is absent or the cell empty. Written as a UTF-8
 * file of {@code key = value} lines (see docs/model.md, "Actuals import").
 *
 * @param sheet     XLSX sheet name or 1-based number; null for the first sheet
 * @param headerRow 1-based row holding the column titles; data starts below it
 * @param encoding  CSV encoding; null to detect UTF-8 (with or without BOM), else GB18030
 */
public record Mapping(String sheet, int headerRow, String encoding, Map<Field, String> columns,
        Map<Field, String> defaults) {

    public Mapping {
        columns = Map.copyOf(columns);
        defaults = Map.copyOf(defaults);
        if (headerRow < 1) {
            throw new IllegalArgumentException("header row starts at 1: " + headerRow);
        }
    }

    /** No mapping file: columns are found by their usual header titles. */
    public static Mapping automatic() {
        return new Mapping(null, 1, null, Map.of(), Map.of());
    }

    /** A mapping and the problems found reading it (the mapping is null when there were any). */
    public record Loaded(Mapping mapping, List<Problem> problems) {
    }

    /** Reads a mapping file; every bad line is a problem with its line number. */
    public static Loaded load(Path file) {
        String path = file.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Loaded(null, List.of(new Problem(path, 0, 0, Severity.ERROR, ImportCodes.BAD_MAPPING,
                    NLS.bind(Messages.Mapping_cannotRead, e.getMessage()))));
        }
        return parse(path, lines);
    }

    /** Parses the lines of a mapping file named {@code path}. */
    public static Loaded parse(String path, List<String> lines) {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        Map<Field, String> defaults = new EnumMap<>(Field.class);
        String sheet = null;
        String encoding = null;
        int headerRow = 1;
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = strip(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(bad(path, i + 1, 1, NLS.bind(Messages.Mapping_expectedKeyValue, line)));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            int column = eq + 2;
            if (key.equals("sheet")) {
                sheet = value;
            } else if (key.equals("encoding")) {
                encoding = value;
            } else if (key.equals("header.row")) {
                try {
                    headerRow = Integer.parseInt(value);
                    if (headerRow < 1) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    problems.add(bad(path, i + 1, column, NLS.bind(Messages.Mapping_badHeaderRow, value)));
                }
            } else if (!putField(key, value, columns, defaults)) {
                problems.add(bad(path, i + 1, 1, NLS.bind(Messages.Mapping_unknownKey, key)));
            }
        }
        if (encoding != null && !java.nio.charset.Charset.isSupported(encoding)) {
            problems.add(bad(path, 0, 0, NLS.bind(Messages.Mapping_unknownEncoding, encoding)));
        }
        Mapping mapping = problems.isEmpty() ? new Mapping(sheet, headerRow, encoding, columns, defaults) : null;
        return new Loaded(mapping, problems);
    }

    private static boolean putField(String key, String value, Map<Field, String> columns, Map<Field, String> defaults) {
        int dot = key.indexOf('.');
        Field field = dot < 0 ? null : Field.byKey(key.substring(dot + 1));
        if (field == null) {
            return false;
        }
        String kind = key.substring(0, dot);
        if (kind.equals("column")) {
            columns.put(field, value);
            return true;
        }
        if (kind.equals("default")) {
            defaults.put(field, value);
            return true;
        }
        return false;
    }

    private static String strip(String line) {
        String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
        int hash = s.indexOf('#');
        return (hash >= 0 ? s.substring(0, hash) : s).strip();
    }

    private static Problem bad(String path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.ERROR, ImportCodes.BAD_MAPPING, message);
    }
}
