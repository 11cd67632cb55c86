/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import static podium.reports.export.office.internal.WordRuns.gridLines;
import static podium.reports.export.office.internal.WordRuns.indentFirstLine;
import static podium.reports.export.office.internal.WordRuns.offGrid;
import static podium.reports.export.office.internal.WordRuns.ppr;
import static podium.reports.export.office.internal.WordRuns.run;
import static podium.reports.export.office.internal.WordRuns.spacing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import podium.reports.api.Chart;
import podium.reports.api.Paragraph;
import podium.reports.api.Table;
import podium.reports.api.format.Formats;
import podium.reports.export.internal.ChartImages;

/**
 * Writes blocks into a Word document laid out as GB/T 9704 lays out an official document: page,
 * margins and the grid of 22 lines of 28 characters for every upright section, the faces and sizes
 * of title, headings and body, the page number "— 1 —" right on odd pages and left on even ones, and
 * sections turned sideways for tables too wide for the upright 版心.
 */
final class DocxWriter {

    private final XWPFDocument doc;
    private final Formats formats;
    /** The footers' references (odd and even pages), repeated in every section. */
    private final List<CTHdrFtrRef> footers = new ArrayList<>();
    private boolean landscape;

    DocxWriter(XWPFDocument doc, Formats formats) {
        this.doc = doc;
        this.formats = formats;
        WordParts.styles(doc);
        pageNumbers();
    }

    /** Starts on a page turned sideways (before anything is written): a report that opens with a wide table. */
    void startSideways(boolean sideways) {
        landscape = sideways;
    }

    /** The title: 2号 小标宋, centred. */
    void title(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
        run(p, text, Gbt9704.TITLE_FACE, Gbt9704.TITLE_SIZE, false);
    }

    /** A line under the title in 4号, centred (the parameters of a report that is not a document). */
    void subtitle(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
        run(p, text, Gbt9704.BODY_FACE, Gbt9704.SMALL_SIZE, false);
    }

    /** A heading: level 1 in 黑体, level 2 in 楷体, level 3 in 仿宋, indented like the body, kept with what follows. */
    void heading(int level, String text) {
        orientation(false);
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        indentFirstLine(p, Gbt9704.BODY_SIZE);
        CTPPr ppr = ppr(p);
        ppr.addNewKeepNext();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        String face = level == 1 ? Gbt9704.HEADING_1_FACE : level == 2 ? Gbt9704.HEADING_2_FACE : Gbt9704.BODY_FACE;
        run(p, text, face, Gbt9704.BODY_SIZE, false);
    }

    /** A paragraph in its style: body indented two characters, address flush left, signature flush right (右空四字), note in 4号. */
    void paragraph(Paragraph paragraph, boolean afterSignature) {
        orientation(false);
        switch (paragraph.style()) {
            case BODY -> {
                XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
                indentFirstLine(p, Gbt9704.BODY_SIZE);
                run(p, paragraph.text(), Gbt9704.BODY_FACE, Gbt9704.BODY_SIZE, false);
            }
            case ADDRESS -> run(paragraph(ParagraphAlignment.BOTH), paragraph.text(), Gbt9704.BODY_FACE, Gbt9704.BODY_SIZE, false);
            case NOTE -> {
                XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
                indentFirstLine(p, Gbt9704.SMALL_SIZE);
                run(p, paragraph.text(), Gbt9704.BODY_FACE, Gbt9704.SMALL_SIZE, false);
            }
            case SIGNATURE -> {
                if (!afterSignature) {
                    blankLine(); // 正文下空一行
                }
                XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT);
                CTInd ind = ppr(p).addNewInd();
                ind.setRight(BigInteger.valueOf(Gbt9704.characters(4, Gbt9704.BODY_SIZE)));
                ind.setRightChars(BigInteger.valueOf(400));
                run(p, paragraph.text(), Gbt9704.BODY_FACE, Gbt9704.BODY_SIZE, false);
            }
        }
    }

    /**
     * A table with its title above it and its notes below, in the body face at a smaller size; the
     * header row repeats on every page, totals are bold. {@code newPage}: it starts a page (an
     * appendix after a document's signature).
     */
    void table(Table table, boolean newPage) {
        WordTableLayout layout = WordTableLayout.of(table, formats);
        boolean turned = orientation(layout.landscape());
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
        offGrid(title);
        spacing(title, 0, 120, 240, STLineSpacingRule.AUTO);
        ppr(title).addNewKeepNext();
        if (newPage && !turned) {
            title.setPageBreak(true);
        }
        run(title, table.title(), Gbt9704.HEADING_1_FACE, Gbt9704.BODY_SIZE, false);

        WordTables.fill(doc.createTable(table.rows().size() + 1, table.columns().size()), table, layout, formats);
        for (String note : table.notes()) {
            note(note, layout.points() + 1.5);
        }
    }

    /** A chart as a picture across the 版心, drawn at twice the resolution it is shown at. */
    void chart(Chart chart) throws IOException {
        orientation(false);
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
        offGrid(p);
        double width = Gbt9704.textWidth() / 20.0;
        double height = width * ChartImages.pageHeight(chart) / ChartImages.PAGE_WIDTH;
        try {
            p.createRun().addPicture(new ByteArrayInputStream(ChartImages.pngForPage(chart, formats)), PictureType.PNG,
                    chart.id() + ".png", Units.toEMU(width), Units.toEMU(height)); //$NON-NLS-1$
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** A remark in {@code points} 仿宋, indented two characters, outside the grid. */
    void note(String text, double points) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        offGrid(p);
        indentFirstLine(p, points);
        run(p, text, Gbt9704.BODY_FACE, points, false);
    }

    /** An empty line of the grid. */
    void blankLine() {
        paragraph(ParagraphAlignment.LEFT);
    }

    /** Ends the document: the last section's page setup, the font table. */
    void finish() throws IOException {
        section(doc.getDocument().getBody().getSectPr(), landscape);
        WordParts.fontTable(doc);
    }

    /** A paragraph of the text: on the lines of the grid. */
    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        gridLines(p);
        return p;
    }

    // --- sections and page numbers

    /**
     * Makes the following content upright or sideways: when that changes, the current section ends
     * here (on an empty paragraph of its own) and a new one starts on a new page.
     *
     * @return whether a new section (and page) started
     */
    private boolean orientation(boolean sideways) {
        if (sideways == landscape) {
            return false;
        }
        XWPFParagraph end = paragraph(ParagraphAlignment.LEFT);
        offGrid(end);
        ppr(end).addNewRPr().addNewSz().setVal(BigInteger.valueOf(2)); // a 1 pt mark: it never spills onto a page of its own
        section(ppr(end).addNewSectPr(), landscape);
        landscape = sideways;
        return true;
    }

    /**
     * A section's page: A4 upright with the 版心 and the grid of 22 × 28, or turned sideways with the
     * 版心 turned (订口 at the top, the side of the table's head) and no grid; the page-number footers.
     */
    private void section(CTSectPr section, boolean sideways) {
        if (section.sizeOfFooterReferenceArray() == 0) {
            for (CTHdrFtrRef footer : footers) {
                CTHdrFtrRef copy = section.addNewFooterReference();
                copy.setType(footer.getType());
                copy.setId(footer.getId());
            }
        }
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        if (sideways) {
            size.setW(BigInteger.valueOf(Gbt9704.PAGE_HEIGHT));
            size.setH(BigInteger.valueOf(Gbt9704.PAGE_WIDTH));
            size.setOrient(STPageOrientation.LANDSCAPE);
            margins.setTop(BigInteger.valueOf(Gbt9704.LEFT));
            margins.setBottom(BigInteger.valueOf(Gbt9704.RIGHT));
            margins.setLeft(BigInteger.valueOf(Gbt9704.BOTTOM));
            margins.setRight(BigInteger.valueOf(Gbt9704.TOP));
        } else {
            size.setW(BigInteger.valueOf(Gbt9704.PAGE_WIDTH));
            size.setH(BigInteger.valueOf(Gbt9704.PAGE_HEIGHT));
            margins.setTop(BigInteger.valueOf(Gbt9704.TOP));
            margins.setBottom(BigInteger.valueOf(Gbt9704.BOTTOM));
            margins.setLeft(BigInteger.valueOf(Gbt9704.LEFT));
            margins.setRight(BigInteger.valueOf(Gbt9704.RIGHT));
            CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
            grid.setType(STDocGrid.LINES_AND_CHARS);
            grid.setLinePitch(BigInteger.valueOf(Gbt9704.linePitch()));
            grid.setCharSpace(BigInteger.valueOf(Gbt9704.charSpace()));
        }
        margins.setHeader(BigInteger.valueOf(Gbt9704.HEADER));
        margins.setFooter(BigInteger.valueOf(Gbt9704.FOOTER));
        margins.setGutter(BigInteger.ZERO);
    }

    /** The page numbers of odd and even pages, referred to by every section. */
    private void pageNumbers() {
        doc.setEvenAndOddHeadings(true);
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        WordParts.pageNumber(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT), true);
        WordParts.pageNumber(policy.createFooter(XWPFHeaderFooterPolicy.EVEN), false);
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        for (CTHdrFtrRef footer : body.getFooterReferenceList()) {
            footers.add((CTHdrFtrRef) footer.copy());
        }
    }

}
