/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.Table;

/** XLSX, read back with POI: numbers as numbers with their formats, one sheet per table, frozen header, colours. */
class XlsxExportTest {

    private static XSSFWorkbook workbook(ReportData data, String name) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(Samples.export("xlsx", data, name)));
    }

    @Test
    void theHandMadeReport() throws Exception {
        try (XSSFWorkbook book = workbook(Samples.allKinds(), "all-kinds.xlsx")) {
            // the table's sheet, then the sheet of what the report left out
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("各县区完成情况");
            // title, parameters in one line, the table's title, the header (row 4), frozen below it
            assertThat(text(sheet, 0, 0)).isEqualTo("2004年1-5月实际利用外资完成情况");
            assertThat(text(sheet, 1, 0)).isEqualTo("截至月份: 2004年5月; 单位: 南阳市");
            assertThat(text(sheet, 2, 0)).isEqualTo("各县区完成情况");
            XSSFRow header = sheet.getRow(3);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("单位");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("完成额 rank");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("完成率 rank");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("增幅（±%）");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 4);

            XSSFRow east = sheet.getRow(4);
            assertNumber(east.getCell(1), 8000.5, "#,##0.00", "8,000.50");
            assertNumber(east.getCell(2), 1, "0", "1");
            assertNumber(east.getCell(3), 0.416947, "0.00%", "41.69%");
            assertNumber(east.getCell(4), 1, "0", "1");
            assertNumber(east.getCell(5), 0.02, "+0.00;-0.00;0.00", "+0.02");
            assertNumber(east.getCell(6), 1, "0", "1");
            assertNumber(east.getCell(7), 2, "\"↑\"0;\"↓\"0;\"–\"", "↑2");
            assertNumber(east.getCell(9), 0.125, "0.00%", "12.50%");
            assertThat(east.getCell(8).getStringCellValue()).isEqualTo("超序时进度");
            assertThat(east.getCell(8).getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFC6EFCE");
            assertThat(east.getCell(0).getStringCellValue()).isEqualTo("东县");

            XSSFRow west = sheet.getRow(5);
            assertNumber(west.getCell(5), -2.47, "+0.00;-0.00;0.00", "-2.47");
            assertNumber(west.getCell(7), -1, "\"↑\"0;\"↓\"0;\"–\"", "↓1");
            assertThat(west.getCell(8).getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFEB9C");
            assertThat(west.getCell(9).getStringCellValue()).isEqualTo("—");
            assertThat(west.getCell(0).getStringCellValue()).isEqualTo("西县, \"新区\"");

            XSSFRow south = sheet.getRow(6);
            assertThat(south.getCell(1).getStringCellValue()).isEqualTo("-");
            assertThat(south.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(south.getCell(8).getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFC7CE");

            XSSFRow total = sheet.getRow(7);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(total.getCell(1).getCellStyle().getFont().getBold()).isTrue();
            assertNumber(total.getCell(1), 15844, "#,##0.00", "15,844.00");
            assertThat(east.getCell(1).getCellStyle().getFont().getBold()).isFalse();

            // a blank row, then the notes
            assertThat(text(sheet, 9, 0)).isEqualTo("括号内数字为位次。");
            assertThat(text(sheet, 10, 0)).startsWith("“-”表示");
            // widths in characters (×256), two more than the widest value: 西县, "新区" is 12 columns wide; 41.69% is 6
            // and the header 完成率（%） (11) wraps onto two lines; 8000.5 shown as 8,000.50 counts 8
            assertThat(sheet.getColumnWidth(0)).isEqualTo(14 * 256);
            assertThat(sheet.getColumnWidth(3)).isEqualTo(8 * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(10 * 256);
            assertThat(header.getHeightInPoints()).isEqualTo(30f);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();

            XSSFSheet omissions = book.getSheetAt(1);
            assertThat(omissions.getSheetName()).isEqualTo("Left out");
            assertThat(text(omissions, 2, 0)).isEqualTo("南县：5月无数据 <script>");
        }
    }

    @Test
    void sheetNamesAreValidShortAndUnique() throws Exception {
        Table.Builder table = Table.builder("t", "附表：2004年1-8月各县市区实际利用外资、外贸出口和全社会固定资产投资完成情况")
                .column("a", "甲", Column.Type.TEXT);
        Table awkward = Table.builder("u", "a/b\\c?d*e[f]g:h").column("a", "甲", Column.Type.TEXT).build();
        Table quoted = Table.builder("v", "'引号'").column("a", "甲", Column.Type.TEXT).build();
        Table empty = Table.builder("progress", " ").column("a", "甲", Column.Type.TEXT).build();
        ReportData data = new ReportData("names", "表名", List.of(),
                List.of(table.build(), table.build(), awkward, quoted, empty), List.of());
        try (XSSFWorkbook book = workbook(data, "sheet-names.xlsx")) {
            assertThat(book.getSheetName(0)).isEqualTo("附表：2004年1-8月各县市区实际利用外资、外贸出口和全社会");
            assertThat(book.getSheetName(0)).hasSize(31);
            assertThat(book.getSheetName(1)).isEqualTo("附表：2004年1-8月各县市区实际利用外资、外贸出口和(2)");
            assertThat(book.getSheetName(2)).isEqualTo("a_b_c_d_e_f_g：h");
            assertThat(book.getSheetName(3)).isEqualTo("引号");
            assertThat(book.getSheetName(4)).isEqualTo("progress");
        }
    }

    @Test
    void theProgressReportAndTheBulletinsAppendix() throws Exception {
        try (XSSFWorkbook book = workbook(Samples.example("progress"), "progress.xlsx")) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            // 实际利用外资 of 南阳市: 1890 of 2800 is 67.50 %, as a fraction
            XSSFRow city = sheet.getRow(4);
            assertThat(city.getCell(1).getStringCellValue()).isEqualTo("南阳市");
            assertNumber(city.getCell(5), 1890, "#,##0.00", "1,890.00");
            assertThat(city.getCell(6).getNumericCellValue()).isCloseTo(0.675, within(1e-12));
            assertThat(city.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        }
        try (XSSFWorkbook book = workbook(Samples.example("bulletin"), "bulletin.xlsx")) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).startsWith("附表：2004年1-8月各县市区");
            assertThat(text(sheet, 0, 0)).isEqualTo("关于2004年1-8月全市实际利用外资、外贸出口和全社会固定资产投资完成情况的通报");
            XSSFRow header = sheet.getRow(3);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("实际利用外资完成额（万美元）");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("实际利用外资完成额 rank");
            // 宛城区: 201 万美元 (2nd), 62.81 % (10th)
            XSSFRow wancheng = sheet.getRow(4);
            assertThat(wancheng.getCell(0).getStringCellValue()).isEqualTo("宛城区");
            assertNumber(wancheng.getCell(1), 201, "#,##0", "201");
            assertNumber(wancheng.getCell(2), 2, "0", "2");
            assertThat(wancheng.getCell(3).getNumericCellValue()).isCloseTo(201.0 / 320, within(1e-12));
            assertNumber(wancheng.getCell(4), 10, "0", "10");
            assertThat(sheet.getRow(18).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(18).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static void assertNumber(XSSFCell cell, double value, String format, String shown) {
        assertThat(cell.getCellType()).as("type of " + cell.getReference()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(cell.getReference()).isCloseTo(value, within(1e-12));
        assertThat(cell.getCellStyle().getDataFormatString()).as("format of " + cell.getReference()).isEqualTo(format);
        assertThat(new DataFormatter().formatCellValue(cell)).as(cell.getReference()).isEqualTo(shown);
    }
}
