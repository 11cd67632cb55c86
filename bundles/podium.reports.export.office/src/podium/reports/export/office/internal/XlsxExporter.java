/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.office.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import podium.reports.api.Column;
import podium.reports.api.ExportContext;
import podium.reports.api.ReportData;
import podium.reports.api.ReportExporter;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Tone;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;
import podium.reports.export.internal.FlatColumn;
import podium.reports.export.internal.ReportWords;
import podium.reports.export.internal.TextWidth;

/**
 * The report's tables as an Excel workbook, one worksheet per table: the report's title and
 * parameters, the table's title, the header (frozen, repeated on printed pages), the rows with
 * numbers as numbers (percentages as fractions formatted 0.00%, points +0.00, amounts #,##0 or
 * #,##0.00, ranks in a column of their own beside the ranked numbers), statuses in the bulletins'
 * colours, totals in bold, and the notes below. What the report left out is on a last sheet.
 */
public final class XlsxExporter implements ReportExporter {

    /** Number formats by kind of value. */
    static final String PERCENT = "0.00%"; //$NON-NLS-1$
    static final String POINTS = "+0.00;-0.00;0.00"; //$NON-NLS-1$
    static final String WHOLE_AMOUNT = "#,##0"; //$NON-NLS-1$
    static final String AMOUNT = "#,##0.00"; //$NON-NLS-1$
    static final String RANK = "0"; //$NON-NLS-1$
    static final String MOVEMENT = "\"↑\"0;\"↓\"0;\"–\""; //$NON-NLS-1$

    /** Fill and font colours of a status, as Excel's Good, Neutral and Bad cell styles have them. */
    private static final Map<Tone, byte[][]> TONES = Map.of(
            Tone.GOOD, new byte[][] {rgb(0xC6EFCE), rgb(0x006100)},
            Tone.WARNING, new byte[][] {rgb(0xFFEB9C), rgb(0x9C5700)},
            Tone.BAD, new byte[][] {rgb(0xFFC7CE), rgb(0x9C0006)});

    private static final int MAX_WIDTH = 60;
    private static final DefaultIndexedColorMap COLOURS = new DefaultIndexedColorMap();

    @Override
    public boolean accepts(ReportData data) {
        return !data.tables().isEmpty();
    }

    @Override
    public void write(ReportData data, ExportContext context, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            SheetNames names = new SheetNames();
            Formats formats = Formats.forLocale(context.locale());
            for (Table table : data.tables()) {
                sheet(workbook.createSheet(names.next(table.title(), table.id())), data, table, styles, formats);
            }
            if (!data.omissions().isEmpty()) {
                omissions(workbook.createSheet(names.next(Messages.Sheet_omissions, "omissions")), data, styles); //$NON-NLS-1$
            }
            workbook.getProperties().getCoreProperties().setTitle(data.title());
            workbook.getProperties().getCoreProperties().setCreator("Podium"); //$NON-NLS-1$
            workbook.write(out);
        }
    }

    private static void sheet(XSSFSheet sheet, ReportData data, Table table, Styles styles, Formats formats) {
        List<FlatColumn> columns = FlatColumn.of(table);
        int r = 0;
        text(sheet.createRow(r++), 0, data.title(), styles.title);
        if (!data.parameters().isEmpty()) {
            text(sheet.createRow(r++), 0, parameters(data), styles.plain);
        }
        text(sheet.createRow(r++), 0, table.title(), styles.bold);
        int headerRow = r++;
        XSSFRow header = sheet.createRow(headerRow);
        for (int c = 0; c < columns.size(); c++) {
            text(header, c, columns.get(c).header(), styles.header);
        }
        boolean[] fractional = fractionalAmounts(table, columns);
        for (Row row : table.rows()) {
            XSSFRow line = sheet.createRow(r++);
            boolean bold = row.kind() != Row.Kind.DATA;
            for (int c = 0; c < columns.size(); c++) {
                cell(line, c, columns.get(c).value(row), new CellLook(bold, columns.get(c).type().numeric(), fractional[c]), styles, formats);
            }
        }
        r++;
        for (String note : table.notes()) {
            text(sheet.createRow(r++), 0, note, styles.plain);
        }
        int[] widths = widths(table, columns, formats);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        header.setHeightInPoints(headerLines(columns, widths) * 15f);
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(columns.size() > 6);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static void omissions(XSSFSheet sheet, ReportData data, Styles styles) {
        text(sheet.createRow(0), 0, data.title(), styles.title);
        text(sheet.createRow(1), 0, ReportWords.omissionsHeading(), styles.bold);
        int r = 2;
        for (String omission : data.omissions()) {
            text(sheet.createRow(r++), 0, omission, styles.plain);
        }
    }

    private static String parameters(ReportData data) {
        return String.join(Messages.Parameter_separator, data.parameters().stream().map(ReportWords::parameter).toList());
    }

    private static void text(XSSFRow row, int column, String text, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** One cell of the table: a number with its format, a text, a status in its colour, or the sign of an empty cell. */
    private static void cell(XSSFRow row, int c, Value value, CellLook look, Styles styles, Formats formats) {
        XSSFCell cell = row.createCell(c);
        Value shown = value instanceof Value.Ranked ranked ? ranked.value() : value;
        if (shown == null) {
            cell.setCellStyle(styles.cell(null, look.bold(), look.right(), null));
        } else if (shown instanceof Value.Status status) {
            cell.setCellValue(status.label());
            cell.setCellStyle(styles.cell(null, look.bold(), false, status.tone()));
        } else if (shown instanceof Value.Text || shown instanceof Value.Empty) {
            cell.setCellValue(formats.cell(shown)); // an empty cell shows its sign, "-" or "—"
            cell.setCellStyle(styles.cell(null, look.bold(), look.right(), null));
        } else {
            cell.setCellValue(number(shown).doubleValue());
            cell.setCellStyle(styles.cell(format(shown, look.fractional()), look.bold(), true, null));
        }
    }

    /** How the cells of a row and column look: bold in a total, right-aligned in a number column, decimals for amounts. */
    private record CellLook(boolean bold, boolean right, boolean fractional) {
    }

    /** The number a spreadsheet holds: a percentage as its fraction (41.69 % is 0.4169), the others as they are. */
    static BigDecimal number(Value value) {
        return value instanceof Value.Percent percent ? percent.value().movePointLeft(2) : value.number();
    }

    static String format(Value value, boolean fractional) {
        if (value instanceof Value.Percent) {
            return PERCENT;
        } else if (value instanceof Value.Points) {
            return POINTS;
        } else if (value instanceof Value.Amount) {
            return fractional ? AMOUNT : WHOLE_AMOUNT;
        } else if (value instanceof Value.Movement) {
            return MOVEMENT;
        }
        return RANK;
    }

    /** Per column: whether an amount in it has a fraction (292.2 亿元), so that the whole column shows two decimals. */
    private static boolean[] fractionalAmounts(Table table, List<FlatColumn> columns) {
        boolean[] fractional = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            for (Row row : table.rows()) {
                if (columns.get(c).value(row) instanceof Value.Amount amount
                        && amount.value().stripTrailingZeros().scale() > 0) {
                    fractional[c] = true;
                }
            }
        }
        return fractional;
    }

    /**
     * Column widths in characters: the widest value as the report shows it (a Chinese character
     * counting two), the header allowed to wrap onto two lines, within 6 and 60.
     */
    private static int[] widths(Table table, List<FlatColumn> columns, Formats formats) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            int widest = 0;
            for (Row row : table.rows()) {
                Value value = columns.get(c).value(row);
                if (value != null) {
                    String shown = formats.cell(value);
                    widest = Math.max(widest, TextWidth.of(shown) + (value instanceof Value.Amount ? shown.length() / 3 : 0));
                }
            }
            int header = TextWidth.of(columns.get(c).header());
            widths[c] = Math.min(MAX_WIDTH, Math.max(6, Math.max(widest, (header + 1) / 2) + 2));
        }
        return widths;
    }

    private static int headerLines(List<FlatColumn> columns, int[] widths) {
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            int width = TextWidth.of(columns.get(c).header());
            lines = Math.max(lines, (width + widths[c] - 3) / (widths[c] - 2));
        }
        return lines;
    }

    private static byte[] rgb(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    /** The workbook's cell styles, each made once (a workbook holds at most 64000). */
    private static final class Styles {
        private final XSSFWorkbook workbook;
        private final Map<String, XSSFCellStyle> cells = new HashMap<>();
        final XSSFCellStyle title;
        final XSSFCellStyle bold;
        final XSSFCellStyle plain;
        final XSSFCellStyle header;

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            title = workbook.createCellStyle();
            title.setFont(font(true, 14, null));
            bold = workbook.createCellStyle();
            bold.setFont(font(true, 11, null));
            plain = workbook.createCellStyle();
            header = bordered();
            header.setFont(font(true, 11, null));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(new XSSFColor(rgb(0xEDEDED), COLOURS));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        XSSFCellStyle cell(String format, boolean bold, boolean right, Tone tone) {
            String key = format + '|' + bold + '|' + right + '|' + tone;
            return cells.computeIfAbsent(key, k -> {
                XSSFCellStyle style = bordered();
                if (format != null) {
                    style.setDataFormat(workbook.createDataFormat().getFormat(format));
                }
                style.setAlignment(right ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
                byte[][] colours = tone == null ? null : TONES.get(tone);
                if (colours != null) {
                    style.setFillForegroundColor(new XSSFColor(colours[0], COLOURS));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                style.setFont(font(bold, 11, colours == null ? null : colours[1]));
                return style;
            });
        }

        private XSSFCellStyle bordered() {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private XSSFFont font(boolean bold, int points, byte[] colour) {
            XSSFFont font = workbook.createFont();
            font.setBold(bold);
            font.setFontHeightInPoints((short) points);
            if (colour != null) {
                font.setColor(new XSSFColor(colour, COLOURS));
            }
            return font;
        }
    }
}
