/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import podium.reports.api.Block;
import podium.reports.api.Chart;
import podium.reports.api.ExportContext;
import podium.reports.api.Heading;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportExporter;
import podium.reports.api.Table;
import podium.reports.api.format.Formats;
import podium.reports.export.internal.ChartImages;
import podium.reports.export.internal.ReportWords;

/**
 * The report as a PDF on A4 with a Chinese TrueType font embedded (a subset: the characters used),
 * so that the text shows everywhere and can be searched and copied: the title, the parameters,
 * headings, paragraphs in their styles, tables (wrapped cells, the header repeated on each page),
 * the charts as pictures at twice the resolution they are shown at, what the report left out, and
 * the page numbers "— 1 —". Without a usable font the export fails and says how to get one.
 */
public final class PdfExporter implements ReportExporter {

    private static final float BODY = 11f;
    private static final float[] HEADINGS = {14f, 12.5f, 11.5f};

    @Override
    public boolean accepts(ReportData data) {
        return !data.blocks().isEmpty();
    }

    @Override
    public void write(ReportData data, ExportContext context, OutputStream out) throws IOException, ReportException {
        Formats formats = Formats.forLocale(context.locale());
        // the collection stays open until the document is saved: the subset is taken from it on save
        try (CjkFont font = CjkFont.open(context); PDDocument doc = new PDDocument()) {
            try (PageFlow flow = new PageFlow(doc, font)) {
                flow.newPage();
                title(flow, data);
                Block previous = null;
                for (Block block : data.blocks()) {
                    if (block instanceof Heading heading) {
                        heading(flow, heading);
                    } else if (block instanceof Paragraph paragraph) {
                        paragraph(flow, paragraph, previous);
                    } else if (block instanceof Table table) {
                        new PdfTable(flow, table, formats).draw();
                    } else if (block instanceof Chart chart) {
                        chart(flow, chart, formats);
                    }
                    previous = block;
                }
                omissions(flow, data.omissions());
                flow.pageNumbers();
            }
            PDDocumentInformation information = doc.getDocumentInformation();
            information.setTitle(data.title());
            information.setCreator("Podium"); //$NON-NLS-1$
            doc.getDocumentCatalog().setLanguage(formats.isChinese() || data.hasText() ? "zh-CN" : "en"); //$NON-NLS-1$ //$NON-NLS-2$
            doc.save(out);
        }
    }

    private static void title(PageFlow flow, ReportData data) throws IOException {
        flow.paragraph(flow.lines(data.title(), 18, flow.width(), flow.width()), PageFlow.Align.CENTRE, 0, 18, 18 * 1.5f,
                true, PageFlow.TEXT);
        if (!data.parameters().isEmpty()) {
            String parameters = String.join("    ", data.parameters().stream().map(ReportWords::parameter).toList()); //$NON-NLS-1$
            flow.down(2);
            flow.paragraph(flow.lines(parameters, 9, flow.width(), flow.width()), PageFlow.Align.CENTRE, 0, 9, 9 * 1.5f,
                    false, PageFlow.GREY);
        }
        flow.down(12);
    }

    private static void heading(PageFlow flow, Heading heading) throws IOException {
        float size = HEADINGS[heading.level() - 1];
        List<String> lines = flow.lines(heading.text(), size, flow.width(), flow.width());
        flow.down(size * 0.6f);
        flow.keep(lines.size() * size * 1.5f + 3 * BODY * 1.7f); // never alone at the foot of a page
        flow.paragraph(lines, PageFlow.Align.LEFT, 0, size, size * 1.5f, true, PageFlow.TEXT);
        flow.down(2);
    }

    private static void paragraph(PageFlow flow, Paragraph paragraph, Block previous) throws IOException {
        String text = paragraph.text();
        float width = flow.width();
        switch (paragraph.style()) {
            case BODY -> flow.paragraph(flow.lines(text, BODY, width - 2 * BODY, width), PageFlow.Align.LEFT, 2 * BODY,
                    BODY, BODY * 1.7f, false, PageFlow.TEXT);
            case ADDRESS -> flow.paragraph(flow.lines(text, BODY, width, width), PageFlow.Align.LEFT, 0, BODY,
                    BODY * 1.7f, false, PageFlow.TEXT);
            case NOTE -> flow.paragraph(flow.lines(text, 9, width, width), PageFlow.Align.LEFT, 0, 9, 9 * 1.5f, false,
                    PageFlow.GREY);
            case SIGNATURE -> {
                if (!(previous instanceof Paragraph p && p.style() == Paragraph.Style.SIGNATURE)) {
                    flow.down(BODY * 1.7f);
                }
                flow.paragraph(flow.lines(text, BODY, width, width), PageFlow.Align.RIGHT, 2 * BODY, BODY, BODY * 1.7f,
                        false, PageFlow.TEXT);
            }
        }
    }

    private static void chart(PageFlow flow, Chart chart, Formats formats) throws IOException {
        float width = flow.width();
        float height = width * ChartImages.pageHeight(chart) / ChartImages.PAGE_WIDTH;
        flow.down(6);
        flow.keep(height);
        flow.image(ChartImages.forPage(chart, formats), width, height);
        flow.down(10);
    }

    private static void omissions(PageFlow flow, List<String> omissions) throws IOException {
        if (omissions.isEmpty()) {
            return;
        }
        flow.down(10);
        flow.keep(3 * 14f);
        flow.paragraph(flow.lines(ReportWords.omissionsHeading(), 11, flow.width(), flow.width()), PageFlow.Align.LEFT, 0,
                11, 16, true, PageFlow.TEXT);
        for (String omission : omissions) {
            flow.paragraph(flow.lines(ReportWords.omission(omission), 9, flow.width(), flow.width() - 9),
                    PageFlow.Align.LEFT, 0, 9, 13.5f, false, PageFlow.GREY);
        }
    }
}
