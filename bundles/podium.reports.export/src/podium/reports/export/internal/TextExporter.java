/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import podium.reports.api.Block;
import podium.reports.api.Column;
import podium.reports.api.ExportContext;
import podium.reports.api.Heading;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.ReportExporter;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.format.Formats;

/**
 * The report as plain text laid out like an official document on a line of 28 Chinese characters:
 * the title centred, headings and body paragraphs indented two full-width spaces (one line each, so
 * that a word processor can take them over), the signature and date right-aligned four characters
 * from the end of the line, tables as aligned columns. UTF-8, LF line ends, a final line end. Charts
 * are left out (their figures are in the tables).
 */
public final class TextExporter implements ReportExporter {

    /** Columns of a line: 28 Chinese characters, as a line of an official document holds. */
    public static final int WIDTH = 56;
    /** The first-line indent of body text: two full-width spaces. */
    public static final String INDENT = "\u3000\u3000"; //$NON-NLS-1$
    /** The signature and the date end four characters before the end of the line (右空四字). */
    public static final int SIGNATURE_END = WIDTH - 8;

    private static final String GAP = "  "; //$NON-NLS-1$

    @Override
    public boolean accepts(ReportData data) {
        return data.hasText() || !data.tables().isEmpty();
    }

    @Override
    public void write(ReportData data, ExportContext context, OutputStream out) throws IOException {
        Formats formats = Formats.forLocale(context.locale());
        Lines lines = new Lines();
        lines.add(centred(data.title()));
        lines.blank();
        boolean document = Documents.isDocument(data);
        if (!document) {
            data.parameters().forEach(p -> lines.add(ReportWords.parameter(p)));
            lines.blank();
        }
        Block previous = null;
        for (Block block : data.blocks()) {
            if (block instanceof Heading heading) {
                lines.add(INDENT + heading.text());
            } else if (block instanceof Paragraph paragraph) {
                paragraph(lines, paragraph, previous);
            } else if (block instanceof Table table) {
                lines.blank();
                table(lines, table, formats);
                lines.blank();
            }
            previous = block;
        }
        if (!document && !data.omissions().isEmpty()) {
            lines.blank();
            lines.add(ReportWords.omissionsHeading());
            data.omissions().forEach(o -> lines.add(ReportWords.omission(o)));
        }
        out.write(lines.text().getBytes(StandardCharsets.UTF_8));
    }

    private static void paragraph(Lines lines, Paragraph paragraph, Block previous) {
        switch (paragraph.style()) {
            case BODY, NOTE -> lines.add(INDENT + paragraph.text());
            case ADDRESS -> lines.add(paragraph.text());
            case SIGNATURE -> {
                // the signature stands one line below the text (正文下空一行)
                if (!(previous instanceof Paragraph p && p.style() == Paragraph.Style.SIGNATURE)) {
                    lines.blank();
                }
                lines.add(pad(SIGNATURE_END - TextWidth.of(paragraph.text())) + paragraph.text());
            }
        }
    }

    /** The title centred on the line; a title longer than the line starts at its beginning. */
    static String centred(String title) {
        return pad((WIDTH - TextWidth.of(title)) / 2) + title;
    }

    /** The title, the header, a rule, the rows in columns (numbers right-aligned), then the notes. */
    static void table(Lines lines, Table table, Formats formats) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.columns().stream().map(Column::header).toList());
        for (Row row : table.rows()) {
            cells.add(row.cells().stream().map(formats::cell).toList());
        }
        int[] widths = new int[table.columns().size()];
        for (List<String> row : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], TextWidth.of(row.get(i)));
            }
        }
        lines.add(table.title());
        lines.add(row(cells.get(0), widths, table));
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width)); //$NON-NLS-1$
        }
        lines.add(String.join(GAP, rule));
        for (List<String> row : cells.subList(1, cells.size())) {
            lines.add(row(row, widths, table));
        }
        table.notes().forEach(lines::add);
    }

    private static String row(List<String> cells, int[] widths, Table table) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                line.append(GAP);
            }
            String padding = pad(widths[i] - TextWidth.of(cells.get(i)));
            boolean right = table.columns().get(i).type().numeric();
            line.append(right ? padding : "").append(cells.get(i)).append(right ? "" : padding); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return line.toString().stripTrailing();
    }

    private static String pad(int columns) {
        return " ".repeat(Math.max(0, columns)); //$NON-NLS-1$
    }

    /** The lines of the text, with never two blank lines in a row and none at the start or end. */
    static final class Lines {
        private final List<String> lines = new ArrayList<>();

        void add(String line) {
            lines.add(line.stripTrailing());
        }

        void blank() {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                lines.add(""); //$NON-NLS-1$
            }
        }

        String text() {
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return String.join("\n", lines) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
