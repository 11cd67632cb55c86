/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.libraries.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Apache POI 5.5.1 (embedded in bundle podium.lib.poi) writes and reads back an XLSX and a DOCX inside OSGi,
 * whatever the thread's context class loader: XMLBeans finds its schema metadata through the class loader of
 * the compiled schemas, which in podium.lib.poi also sees XMLBeans' own metadata. The platform class loader
 * (which sees no POI at all) comes first, so the schema type system is loaded under it in a fresh framework.
 */
class PoiTest {


    static final String SHEET = "完成情况";
    static final String TITLE = "南阳市重点工作推进情况";

    @ParameterizedTest(name = "context class loader: {0}")
    @ValueSource(strings = { "platform", "none", "test bundle", "tycho" })
    void writesAndReadsXlsxWithChineseSheetPercentFormatAndFrozenPane(String contextLoader) throws Exception {
        withContextClassLoader(contextLoader, PoiTest::xlsxRoundTrip);
    }

    @ParameterizedTest(name = "context class loader: {0}")
    @ValueSource(strings = { "platform", "none", "test bundle", "tycho" })
    void writesAndReadsDocxWithChineseParagraphOnA4(String contextLoader) throws Exception {
        withContextClassLoader(contextLoader, PoiTest::docxRoundTrip);
    }

    @ParameterizedTest(name = "context class loader: {0}")
    @ValueSource(strings = { "platform", "tycho" })
    void workbookFactoryFindsTheXlsxProvider(String contextLoader) throws Exception {
        withContextClassLoader(contextLoader, () -> {
            byte[] xlsx;
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                wb.createSheet(SHEET).createRow(0).createCell(0).setCellValue(42);
                xlsx = write(wb::write);
            }
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
                assertThat(wb).isInstanceOf(XSSFWorkbook.class);
                assertThat(wb.getSheet(SHEET).getRow(0).getCell(0).getNumericCellValue()).isEqualTo(42.0);
            }
        });
    }

    static void xlsxRoundTrip() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(SHEET);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("指标");
            header.createCell(1).setCellValue("完成率");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("招商引资");
            Cell rate = row.createCell(1);
            rate.setCellValue(0.875);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            rate.setCellStyle(percent);
            sheet.createFreezePane(1, 1);
            xlsx = write(wb::write);
        }
        save("smoke.xlsx", xlsx);

        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = back.getSheet(SHEET);
            assertThat(sheet).as("sheet " + SHEET).isNotNull();
            assertThat(back.getSheetName(0)).isEqualTo(SHEET);
            Cell rate = sheet.getRow(1).getCell(1);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getNumericCellValue()).isEqualTo(0.875);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(new DataFormatter().formatCellValue(rate)).isEqualTo("87.50%");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("招商引资");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 1);
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
        }
    }

    static void docxRoundTrip() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            XWPFRun run = title.createRun();
            run.setText(TITLE);
            run.setBold(true);
            doc.createParagraph().createRun().setText("招商引资完成率87.50%。");
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            CTPageSz a4 = section.addNewPgSz();
            a4.setW(BigInteger.valueOf(11906)); // twips: 210 mm
            a4.setH(BigInteger.valueOf(16838)); // 297 mm
            docx = write(doc::write);
        }
        save("smoke.docx", docx);

        try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(back.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly(TITLE, "招商引资完成率87.50%。");
            assertThat(back.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            CTPageSz size = back.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW()).hasToString("11906");
            assertThat(size.getH()).hasToString("16838");
        }
    }

    interface Action {
        void run() throws Exception;
    }

    private static void withContextClassLoader(String which, Action action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        ClassLoader loader = switch (which) {
            case "tycho" -> saved; // what tycho-surefire gives the test thread
            case "test bundle" -> PoiTest.class.getClassLoader();
            case "platform" -> ClassLoader.getPlatformClassLoader();
            case "none" -> null;
            default -> throw new IllegalArgumentException(which);
        };
        thread.setContextClassLoader(loader);
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] write(Writer writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toByteArray();
    }

    /** Keeps the files for a look with other programs when podium.libraries.out names a directory. */
    private static void save(String name, byte[] content) throws IOException {
        String dir = System.getProperty("podium.libraries.out");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), content);
        }
    }
}
