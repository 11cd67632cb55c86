/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests.corpus;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import podium.importer.Bound;
import podium.importer.FigureRole;
import podium.importer.Level;

/**
 * The figures of one corpus text as a reader listed them, from a {@code .figures} file (the format is in
 * {@code corpus/README.md} of this bundle).
 *
 * @param figures   the figures a planner would track ({@code F}) and the ambiguous ones ({@code O})
 * @param blanks    the lines of the numbers the website blanked or replaced by a placeholder, one entry each
 * @param speeches  how many speeches the file holds
 * @param recall    the least recall the text must reach
 * @param precision the least precision the text must reach
 */
public record ReviewedFigures(List<Row> figures, List<Integer> blanks, int speeches, double recall,
        double precision) {

    /** The default bars, the goals of the importer. */
    public static final double RECALL = 0.95;
    public static final double PRECISION = 0.92;

    /**
     * One listed figure.
     *
     * @param optional whether it is ambiguous ({@code O}): neither missed nor extra
     * @param value    null for a blank
     * @param unit     null for none
     * @param level    null for none
     */
    public record Row(boolean optional, int line, BigDecimal value, String unit, Level level, Bound bound,
            FigureRole role, Integer of, String note) {

        @Override
        public String toString() {
            return (optional ? "O " : "") + "line " + line + ": " + (value == null ? "[blank]" : value.toPlainString())
                    + (unit == null ? "" : " " + unit) + " " + (level == null ? "" : level.label() + "/") + bound.label()
                    + " " + role.label() + (of == null ? "" : " of " + of) + " (" + note + ")";
        }
    }

    public static ReviewedFigures read(Path file) throws IOException {
        List<Row> figures = new ArrayList<>();
        List<Integer> blanks = new ArrayList<>();
        int speeches = 1;
        double recall = RECALL;
        double precision = PRECISION;
        int number = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                if (line.startsWith("speeches:")) {
                    speeches = Integer.parseInt(line.substring("speeches:".length()).strip());
                } else if (line.startsWith("threshold:")) {
                    for (String part : line.substring("threshold:".length()).strip().split("\\s+")) {
                        String[] kv = part.split("=");
                        if (kv[0].equals("recall")) {
                            recall = Double.parseDouble(kv[1]);
                        } else if (kv[0].equals("precision")) {
                            precision = Double.parseDouble(kv[1]);
                        } else {
                            throw new IllegalArgumentException(part);
                        }
                    }
                } else if (line.startsWith("B")) {
                    blanks.add(Integer.parseInt(line.split("\\|")[1].strip()));
                } else {
                    figures.add(row(line));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file.getFileName() + ":" + number + ": " + raw, e);
            }
        }
        return new ReviewedFigures(figures, blanks, speeches, recall, precision);
    }

    /** A # after the columns starts a comment; a # inside the note column does not occur. */
    private static String stripComment(String line) {
        return line.startsWith("#") ? "" : line;
    }

    private static Row row(String line) {
        String[] c = line.split("\\|", -1);
        if (c.length < 8 || !c[0].strip().equals("F") && !c[0].strip().equals("O")) {
            throw new IllegalArgumentException("expected F or O with eight columns");
        }
        String value = c[2].strip();
        String unit = c[3].strip();
        String level = c[4].strip();
        String of = c[7].strip();
        return new Row(c[0].strip().equals("O"), Integer.parseInt(c[1].strip()),
                value.equals("-") ? null : new BigDecimal(value), unit.equals("-") ? null : unit,
                level.equals("-") ? null : Level.valueOf(level.toUpperCase().replace('-', '_')),
                Bound.valueOf(c[5].strip().toUpperCase().replace('-', '_')),
                FigureRole.valueOf(c[6].strip().toUpperCase()), of.equals("-") ? null : Integer.valueOf(of),
                c.length > 8 ? c[8].strip() : "");
    }
}
