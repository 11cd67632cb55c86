/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.sample.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import podium.reports.api.Block;
import podium.reports.api.Chart;
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
 * Report data as Markdown (GitHub flavour): the title, the parameters as a list, headings and
 * paragraphs, tables as pipe tables (numbers right-aligned), charts as a table of their values, and
 * what the report left out as a quote.
 */
public final class MarkdownExporter implements ReportExporter {

    @Override
    public void write(ReportData data, ExportContext context, OutputStream out) throws IOException {
        Formats formats = Formats.forLocale(context.locale());
        StringBuilder md = new StringBuilder("# ").append(escape(data.title())).append("\n\n");
        for (ReportData.Parameter p : data.parameters()) {
            md.append("- ").append(escape(p.label())).append(": ").append(escape(p.value())).append('\n');
        }
        for (Block block : data.blocks()) {
            md.append('\n');
            if (block instanceof Heading h) {
                md.append("#".repeat(h.level() + 1)).append(' ').append(escape(h.text())).append('\n');
            } else if (block instanceof Paragraph p) {
                md.append(p.style() == Paragraph.Style.NOTE ? "*" + escape(p.text()) + "*" : escape(p.text())).append('\n');
            } else if (block instanceof Table t) {
                table(md, t, formats);
            } else if (block instanceof Chart c) {
                chart(md, c, formats);
            }
        }
        if (!data.omissions().isEmpty()) {
            md.append('\n');
            data.omissions().forEach(o -> md.append("> ").append(escape(o)).append('\n'));
        }
        out.write(md.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void table(StringBuilder md, Table table, Formats formats) {
        md.append("## ").append(escape(table.title())).append("\n\n");
        List<Column> columns = table.columns();
        row(md, columns.stream().map(Column::header).toList());
        row(md, columns.stream().map(c -> c.type().numeric() ? "---:" : "---").toList());
        for (Row row : table.rows()) {
            row(md, row.cells().stream().map(formats::cell).toList());
        }
        table.notes().forEach(n -> md.append('\n').append(escape(n)).append('\n'));
    }

    private static void chart(StringBuilder md, Chart chart, Formats formats) {
        md.append("## ").append(escape(chart.title())).append("\n\n");
        List<String> header = new ArrayList<>(List.of(""));
        List<String> alignment = new ArrayList<>(List.of("---"));
        chart.series().forEach(s -> {
            header.add(s.name());
            alignment.add("---:");
        });
        row(md, header);
        row(md, alignment);
        for (int i = 0; i < chart.categories().size(); i++) {
            List<String> cells = new ArrayList<>(List.of(chart.categories().get(i)));
            for (Chart.Series s : chart.series()) {
                cells.add(s.values().get(i) == null ? "-" : formats.number(s.values().get(i)));
            }
            row(md, cells);
        }
        chart.markers().forEach(m -> md.append('\n').append(escape(m.label())).append(": ")
                .append(formats.number(m.value())).append('\n'));
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append("| ").append(String.join(" | ", cells.stream().map(MarkdownExporter::escape).toList())).append(" |\n");
    }

    /** Characters Markdown would read as markup in running text and table cells. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("\n", " ");
    }
}
