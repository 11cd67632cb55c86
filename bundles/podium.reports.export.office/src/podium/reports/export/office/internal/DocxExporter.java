/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import podium.reports.api.Block;
import podium.reports.api.Chart;
import podium.reports.api.ExportContext;
import podium.reports.api.Heading;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.ReportExporter;
import podium.reports.api.Table;
import podium.reports.api.format.Formats;
import podium.reports.export.internal.Documents;
import podium.reports.export.internal.ReportWords;

/**
 * The report as a Word document in the layout of a Chinese official document (GB/T 9704-2012): a
 * document with running text (the bulletin) is written as it is issued — title, addressees, body,
 * signature and date, then each table on a page of its own — with its parameters and what it left
 * out in the file's properties only; any other report gets its title, parameters, tables, charts
 * and omissions in the same page setup.
 */
public final class DocxExporter implements ReportExporter {

    @Override
    public boolean accepts(ReportData data) {
        return data.hasText() || !data.tables().isEmpty();
    }

    @Override
    public void write(ReportData data, ExportContext context, OutputStream out) throws IOException {
        boolean document = Documents.isDocument(data);
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxWriter writer = new DocxWriter(doc, Formats.forLocale(context.locale()));
            writer.title(data.title());
            if (!document && !data.parameters().isEmpty()) {
                writer.subtitle(parameters(data));
            }
            writer.blankLine(); // 标题下空一行
            Block previous = null;
            for (Block block : data.blocks()) {
                if (block instanceof Heading heading) {
                    writer.heading(heading.level(), heading.text());
                } else if (block instanceof Paragraph paragraph) {
                    writer.paragraph(paragraph, previous instanceof Paragraph p && p.style() == Paragraph.Style.SIGNATURE);
                } else if (block instanceof Table table) {
                    writer.table(table, document);
                } else if (block instanceof Chart chart) {
                    writer.chart(chart);
                }
                previous = block;
            }
            if (!document && !data.omissions().isEmpty()) {
                writer.heading(1, ReportWords.omissionsHeading());
                data.omissions().forEach(o -> writer.note(o, 14));
            }
            writer.finish();
            properties(doc.getProperties(), data, document);
            doc.write(out);
        }
    }

    /** The title and author; for a document also its parameters and omissions, which its pages do not show. */
    private static void properties(POIXMLProperties properties, ReportData data, boolean document) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(data.title());
        core.setCreator("Podium"); //$NON-NLS-1$
        if (document) {
            List<String> lines = new ArrayList<>();
            data.parameters().forEach(p -> lines.add(ReportWords.parameter(p)));
            data.omissions().forEach(o -> lines.add(ReportWords.omission(o)));
            core.setDescription(String.join("\n", lines)); //$NON-NLS-1$
        }
    }

    private static String parameters(ReportData data) {
        return String.join(Messages.Parameter_separator, data.parameters().stream().map(ReportWords::parameter).toList());
    }
}
