/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
import podium.reports.api.Tone;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;
import podium.reports.charts.ReportCharts;

/**
 * The report as one self-contained web page: the style sheet inline, every chart as inline SVG
 * (its text stays text), nothing loaded from anywhere. Headings, paragraphs in their styles (the
 * signature right-aligned), tables with numbers right-aligned, statuses in their colours and each
 * "-" explained in a tooltip, the notes under each table and what the report left out at the end.
 */
public final class HtmlExporter implements ReportExporter {

    private static final String STYLE = String.join("\n", //$NON-NLS-1$
            "body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Noto Sans CJK SC\",\"WenQuanYi Zen Hei\",sans-serif;", //$NON-NLS-1$
            "  color:#222;line-height:1.7;max-width:1200px;margin:2em auto;padding:0 1.5em}", //$NON-NLS-1$
            "h1{text-align:center;font-size:1.6em;margin:.5em 0}", //$NON-NLS-1$
            "h2{font-size:1.25em}h3{font-size:1.1em}h4{font-size:1em}", //$NON-NLS-1$
            "ul.parameters{list-style:none;padding:0;text-align:center;color:#555;font-size:.9em}", //$NON-NLS-1$
            "ul.parameters li{display:inline;margin:0 .8em}", //$NON-NLS-1$
            "p.body{text-indent:2em}p.address{text-indent:0}", //$NON-NLS-1$
            "p.signature{text-align:right;padding-right:4em;margin:0}p.body+p.signature{margin-top:1.7em}", //$NON-NLS-1$
            "p.note{font-size:.9em;color:#555}", //$NON-NLS-1$
            ".table{overflow-x:auto;margin:1.2em 0}", //$NON-NLS-1$
            "table{border-collapse:collapse;font-size:.92em}", //$NON-NLS-1$
            "caption{font-weight:bold;padding:.4em 0;text-align:left}", //$NON-NLS-1$
            "th,td{border:1px solid #bbb;padding:.25em .6em;vertical-align:top}", //$NON-NLS-1$
            "th{background:#f0f0f0}", //$NON-NLS-1$
            "th.num,td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}", //$NON-NLS-1$
            "tr.total td{font-weight:bold;border-top:2px solid #888}tr.subtotal td{font-weight:bold}", //$NON-NLS-1$
            "td.good{background:#c6efce;color:#006100}td.warning{background:#ffeb9c;color:#9c5700}", //$NON-NLS-1$
            "td.bad{background:#ffc7ce;color:#9c0006}", //$NON-NLS-1$
            ".table p.note{margin:.3em 0}", //$NON-NLS-1$
            "figure{margin:1.2em 0}figure svg{max-width:100%;height:auto}", //$NON-NLS-1$
            "section.omissions{margin-top:2em;border-top:1px solid #ccc;color:#555;font-size:.9em}", //$NON-NLS-1$
            "@media print{body{max-width:none;margin:0}.table{overflow:visible}}"); //$NON-NLS-1$

    @Override
    public void write(ReportData data, ExportContext context, OutputStream out) throws IOException {
        Formats formats = Formats.forLocale(context.locale());
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language(data, context)).append("\">\n<head>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<meta charset=\"utf-8\">\n") //$NON-NLS-1$
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n") //$NON-NLS-1$
                .append("<meta name=\"generator\" content=\"Podium\">\n") //$NON-NLS-1$
                .append("<title>").append(escape(data.title())).append("</title>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("<h1>").append(escape(data.title())).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!data.parameters().isEmpty()) {
            html.append("<ul class=\"parameters\">\n"); //$NON-NLS-1$
            for (ReportData.Parameter p : data.parameters()) {
                html.append("<li>").append(escape(ReportWords.parameter(p))) //$NON-NLS-1$
                        .append("</li>\n"); //$NON-NLS-1$
            }
            html.append("</ul>\n"); //$NON-NLS-1$
        }
        for (Block block : data.blocks()) {
            if (block instanceof Heading h) {
                String tag = "h" + (h.level() + 1); //$NON-NLS-1$
                html.append('<').append(tag).append('>').append(escape(h.text())).append("</").append(tag).append(">\n"); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (block instanceof Paragraph p) {
                html.append("<p class=\"").append(p.style().name().toLowerCase(Locale.ROOT)).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(escape(p.text())).append("</p>\n"); //$NON-NLS-1$
            } else if (block instanceof Table t) {
                table(html, t, formats);
            } else if (block instanceof Chart c) {
                chart(html, c, formats);
            }
        }
        if (!data.omissions().isEmpty()) {
            html.append("<section class=\"omissions\">\n<h2>").append(escape(ReportWords.omissionsHeading())) //$NON-NLS-1$
                    .append("</h2>\n<ul>\n"); //$NON-NLS-1$
            data.omissions().forEach(o -> html.append("<li>").append(escape(o)).append("</li>\n")); //$NON-NLS-1$ //$NON-NLS-2$
            html.append("</ul>\n</section>\n"); //$NON-NLS-1$
        }
        html.append("</body>\n</html>\n"); //$NON-NLS-1$
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void table(StringBuilder html, Table table, Formats formats) {
        html.append("<div class=\"table\" id=\"").append(escape(table.id())).append("\">\n<table>\n<caption>") //$NON-NLS-1$ //$NON-NLS-2$
                .append(escape(table.title())).append("</caption>\n<thead>\n<tr>"); //$NON-NLS-1$
        for (Column column : table.columns()) {
            html.append(column.type().numeric() ? "<th class=\"num\">" : "<th>").append(escape(column.header())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("</th>"); //$NON-NLS-1$
        }
        html.append("</tr>\n</thead>\n<tbody>\n"); //$NON-NLS-1$
        for (Row row : table.rows()) {
            html.append(row.kind() == Row.Kind.DATA ? "<tr>" //$NON-NLS-1$
                    : "<tr class=\"" + row.kind().name().toLowerCase(Locale.ROOT) + "\">"); //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < table.columns().size(); i++) {
                cell(html, row.cell(i), table.columns().get(i), formats);
            }
            html.append("</tr>\n"); //$NON-NLS-1$
        }
        html.append("</tbody>\n</table>\n"); //$NON-NLS-1$
        table.notes().forEach(n -> html.append("<p class=\"note\">").append(escape(n)).append("</p>\n")); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("</div>\n"); //$NON-NLS-1$
    }

    private static void cell(StringBuilder html, Value value, Column column, Formats formats) {
        StringBuilder classes = new StringBuilder(column.type().numeric() ? "num" : ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (value instanceof Value.Status status && status.tone() != Tone.NEUTRAL) {
            classes.append(classes.isEmpty() ? "" : " ").append(status.tone().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.append("<td"); //$NON-NLS-1$
        if (!classes.isEmpty()) {
            html.append(" class=\"").append(classes).append('"'); //$NON-NLS-1$
        }
        if (value instanceof Value.Empty empty) {
            html.append(" title=\"").append(escape(empty.reason())).append('"'); //$NON-NLS-1$
        }
        html.append('>').append(escape(formats.cell(value))).append("</td>"); //$NON-NLS-1$
    }

    private static void chart(StringBuilder html, Chart chart, Formats formats) {
        int height = ReportCharts.heightFor(chart);
        html.append("<figure class=\"chart\" id=\"").append(escape(chart.id())).append("\" aria-label=\"") //$NON-NLS-1$ //$NON-NLS-2$
                .append(escape(chart.title())).append("\">\n") //$NON-NLS-1$
                .append(scalable(ReportCharts.svg(chart, formats, ReportCharts.WIDTH, height), ReportCharts.WIDTH, height))
                .append("\n</figure>\n"); //$NON-NLS-1$
    }

    /** The SVG with a view box, so that it shrinks with the page instead of overflowing it. */
    static String scalable(String svg, int width, int height) {
        int tagEnd = svg.indexOf('>');
        if (!svg.startsWith("<svg") || tagEnd < 0 || svg.substring(0, tagEnd).contains("viewBox")) { //$NON-NLS-1$ //$NON-NLS-2$
            return svg;
        }
        return "<svg viewBox=\"0 0 " + width + " " + height + "\"" + svg.substring(4); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** zh-CN for a Chinese reader or a report in Chinese (the bulletin is Chinese in any workbench). */
    static String language(ReportData data, ExportContext context) {
        boolean han = data.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han || "zh".equals(context.locale().getLanguage()) ? "zh-CN" : context.locale().toLanguageTag(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Text for HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
                case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
                case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
                case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
                case '\'' -> escaped.append("&#39;"); //$NON-NLS-1$
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
