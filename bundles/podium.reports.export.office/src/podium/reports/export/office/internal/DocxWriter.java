/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import podium.reports.api.Chart;
import podium.reports.api.Column;
import podium.reports.api.Paragraph;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Tone;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;
import podium.reports.export.internal.ChartImages;

/**
 * Writes blocks into a Word document laid out as GB/T 9704 lays out an official document: page,
 * margins and the grid of 22 lines of 28 characters for every upright section, the faces and sizes
 * of title, headings and body, the page number "— 1 —" right on odd pages and left on even ones, and
 * sections turned sideways for tables too wide for the upright 版心.
 */
final class DocxWriter {

    private static final String FONT_TABLE = "/word/fontTable.xml"; //$NON-NLS-1$
    private static final String FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"; //$NON-NLS-1$
    private static final String FONT_TABLE_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"; //$NON-NLS-1$
    private static final String OFF = "0"; //$NON-NLS-1$
    private static final String DASH = "\u2014"; //$NON-NLS-1$

    /** Fill and text colours of a status, as the spreadsheet shows them. */
    private static final Map<Tone, String[]> TONES = Map.of(Tone.GOOD, new String[] {"C6EFCE", "006100"}, //$NON-NLS-1$ //$NON-NLS-2$
            Tone.WARNING, new String[] {"FFEB9C", "9C5700"}, Tone.BAD, new String[] {"FFC7CE", "9C0006"}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final XWPFDocument doc;
    private final Formats formats;
    /** The footers' references (odd and even pages), repeated in every section. */
    private final List<CTHdrFtrRef> footers = new ArrayList<>();
    private boolean landscape;

    DocxWriter(XWPFDocument doc, Formats formats) {
        this.doc = doc;
        this.formats = formats;
        styles();
        pageNumbers();
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

        List<Column> columns = table.columns();
        XWPFTable t = doc.createTable(table.rows().size() + 1, columns.size());
        frame(t, layout);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            cell(header.getCell(c), columns.get(c).header(), ParagraphAlignment.CENTER, layout, Gbt9704.HEADING_1_FACE,
                    false, null);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            XWPFTableRow line = t.getRow(r + 1);
            line.setCantSplitRow(true);
            for (int c = 0; c < columns.size(); c++) {
                Value value = row.cell(c);
                ParagraphAlignment alignment = columns.get(c).type().numeric() ? ParagraphAlignment.RIGHT
                        : ParagraphAlignment.LEFT;
                Tone tone = value instanceof Value.Status status ? status.tone() : null;
                cell(line.getCell(c), formats.cell(value), alignment, layout, Gbt9704.BODY_FACE,
                        row.kind() != Row.Kind.DATA, tone);
            }
        }
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
        fontTable();
    }

    // --- paragraphs and runs

    /** A paragraph of the text: on the lines of the grid. */
    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        gridLines(p);
        return p;
    }

    private static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static XWPFRun run(XWPFParagraph p, String text, String face, double points, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        fonts(run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr(), face);
        run.setFontSize(points);
        if (points == Gbt9704.BODY_SIZE) {
            run.getCTR().getRPr().addNewSpacing().setVal(BigInteger.valueOf(Gbt9704.CONDENSED));
        }
        if (bold) {
            run.setBold(true);
        }
        return run;
    }

    /** The face for every script, Chinese first ({@code w:hint="eastAsia"}). */
    private static void fonts(CTRPr rpr, String face) {
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(face);
        fonts.setHAnsi(face);
        fonts.setEastAsia(face);
        fonts.setCs(face);
        fonts.setHint(STHint.EAST_ASIA);
    }

    /** The first line indented two characters of {@code points} size. */
    private static void indentFirstLine(XWPFParagraph p, double points) {
        CTInd ind = ppr(p).isSetInd() ? ppr(p).getInd() : ppr(p).addNewInd();
        ind.setFirstLine(BigInteger.valueOf(Gbt9704.characters(2, points)));
        ind.setFirstLineChars(BigInteger.valueOf(200));
    }

    /** Outside the document grid (tables, notes, pictures, page numbers): single spacing of their own size. */
    private static void offGrid(XWPFParagraph p) {
        snapToGrid(p, false);
        spacing(p, 0, 0, 240, STLineSpacingRule.AUTO);
    }

    /**
     * One line of the grid per line of text, by the paragraph itself: exactly the grid's pitch, not
     * snapped to the grid (whose characters LibreOffice would space out, see {@link Gbt9704#CONDENSED}).
     */
    private static void gridLines(XWPFParagraph p) {
        snapToGrid(p, false);
        spacing(p, 0, 0, Gbt9704.linePitch(), STLineSpacingRule.EXACT);
    }

    private static void snapToGrid(XWPFParagraph p, boolean snap) {
        CTPPr ppr = ppr(p);
        (ppr.isSetSnapToGrid() ? ppr.getSnapToGrid() : ppr.addNewSnapToGrid()).setVal(snap ? "1" : OFF); //$NON-NLS-1$
    }

    private static void spacing(XWPFParagraph p, int before, int after, int line, STLineSpacingRule.Enum rule) {
        CTPPr ppr = ppr(p);
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(rule);
    }

    // --- tables

    private static void frame(XWPFTable t, WordTableLayout layout) {
        CTTblPr tblPr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        CTTblWidth width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(total(layout.widths())));
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setCellMargins(28, WordTableLayout.CELL_MARGIN, 28, WordTableLayout.CELL_MARGIN);
        t.setTopBorder(XWPFBorderType.SINGLE, 8, 0, "000000"); //$NON-NLS-1$
        t.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, "000000"); //$NON-NLS-1$
        t.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000"); //$NON-NLS-1$
        t.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000"); //$NON-NLS-1$
        t.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000"); //$NON-NLS-1$
        t.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000"); //$NON-NLS-1$
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : layout.widths()) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < layout.widths().length; c++) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(Integer.toString(layout.widths()[c]));
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, WordTableLayout layout,
            String face, boolean bold, Tone tone) {
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        offGrid(p);
        XWPFRun run = run(p, text, face, layout.points(), bold);
        String[] colours = tone == null ? null : TONES.get(tone);
        if (colours != null) {
            cell.setColor(colours[0]);
            run.setColor(colours[1]);
        }
    }

    private static int total(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return total;
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

    /** "— 1 —" in 4号 宋体: right on odd pages, left on even ones, one character in from the edge. */
    private void pageNumbers() {
        doc.setEvenAndOddHeadings(true);
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        pageNumber(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT), true);
        pageNumber(policy.createFooter(XWPFHeaderFooterPolicy.EVEN), false);
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        for (CTHdrFtrRef footer : body.getFooterReferenceList()) {
            footers.add((CTHdrFtrRef) footer.copy());
        }
    }

    private static void pageNumber(XWPFFooter footer, boolean odd) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(odd ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        offGrid(p);
        CTInd ind = ppr(p).addNewInd();
        BigInteger one = BigInteger.valueOf(Gbt9704.characters(1, Gbt9704.SMALL_SIZE));
        if (odd) {
            ind.setRight(one);
        } else {
            ind.setLeft(one);
        }
        run(p, DASH + " ", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false); //$NON-NLS-1$
        run(p, "", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false).getCTR().addNewFldChar() //$NON-NLS-1$
                .setFldCharType(STFldCharType.BEGIN);
        CTText instruction = run(p, "", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false).getCTR().addNewInstrText(); //$NON-NLS-1$
        instruction.setStringValue("PAGE"); //$NON-NLS-1$
        run(p, "", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false).getCTR().addNewFldChar() //$NON-NLS-1$
                .setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false); //$NON-NLS-1$
        run(p, "", Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false).getCTR().addNewFldChar() //$NON-NLS-1$
                .setFldCharType(STFldCharType.END);
        run(p, " " + DASH, Gbt9704.PAGE_NUMBER_FACE, Gbt9704.SMALL_SIZE, false); //$NON-NLS-1$
    }

    // --- document parts

    /** Document defaults and the Normal style: 3号 仿宋, Chinese as the East Asian language. */
    private void styles() {
        CTStyles styles = doc.createStyles().getCtStyles();
        CTDocDefaults defaults = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr, Gbt9704.BODY_FACE);
        rpr.addNewSz().setVal(BigInteger.valueOf(Gbt9704.BODY_SIZE * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(Gbt9704.BODY_SIZE * 2L));
        CTLanguage language = rpr.addNewLang();
        language.setVal("en-US"); //$NON-NLS-1$
        language.setEastAsia("zh-CN"); //$NON-NLS-1$
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal"); //$NON-NLS-1$
        normal.setDefault("1"); //$NON-NLS-1$
        normal.addNewName().setVal("Normal"); //$NON-NLS-1$
        normal.addNewQFormat();
        // the grid's character pitch is the Normal style's size plus charSpace, in Word and LibreOffice
        CTRPr normalRun = normal.addNewRPr();
        fonts(normalRun, Gbt9704.BODY_FACE);
        normalRun.addNewSz().setVal(BigInteger.valueOf(Gbt9704.BODY_SIZE * 2L));
        normalRun.addNewSzCs().setVal(BigInteger.valueOf(Gbt9704.BODY_SIZE * 2L));
    }

    /** The font table: each face named with its alternative names, as GB2312 fonts. */
    private void fontTable() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") //$NON-NLS-1$
                .append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"); //$NON-NLS-1$
        Gbt9704.ALTERNATIVE_NAMES.forEach((face, alternatives) -> xml.append("<w:font w:name=\"").append(face) //$NON-NLS-1$
                .append("\"><w:altName w:val=\"").append(alternatives) //$NON-NLS-1$
                .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>")); //$NON-NLS-1$
        xml.append("</w:fonts>"); //$NON-NLS-1$
        try {
            PackagePartName name = PackagingURIHelper.createPartName(FONT_TABLE);
            if (doc.getPackage().containPart(name)) {
                return;
            }
            PackagePart part = doc.getPackage().createPart(name, FONT_TABLE_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_RELATION);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
