/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import static podium.reports.export.office.internal.WordRuns.offGrid;
import static podium.reports.export.office.internal.WordRuns.run;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import podium.reports.api.Column;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Tone;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;

/**
 * A report table as a Word table: fixed column widths from its {@link WordTableLayout}, thin rules,
 * the header in 黑体 repeated on every page, rows never split, numbers right-aligned, totals bold,
 * statuses in their colours.
 */
final class WordTables {

    /** Fill and text colours of a status, as the spreadsheet shows them. */
    private static final Map<Tone, String[]> TONES = Map.of(Tone.GOOD, new String[] {"C6EFCE", "006100"}, //$NON-NLS-1$ //$NON-NLS-2$
            Tone.WARNING, new String[] {"FFEB9C", "9C5700"}, Tone.BAD, new String[] {"FFC7CE", "9C0006"}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private WordTables() {
    }

    /** Fills {@code t}, made with a row more than the table has, with the header and the rows. */
    static void fill(XWPFTable t, Table table, WordTableLayout layout, Formats formats) {
        List<Column> columns = table.columns();
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
    }

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
}
