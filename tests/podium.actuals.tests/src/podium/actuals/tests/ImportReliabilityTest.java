/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.actuals.ActualsImporter;
import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.core.Problem;
import podium.model.Actual;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PlanningFile;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.persistence.ModelStore;
import podium.model.query.ModelIndex;

/** The import's rough edges of issue 15: Excel dates, exponents, long names, encodings, garbage, headers. */
class ImportReliabilityTest {

    @TempDir
    Path dir;

    private Path planFile;

    @BeforeEach
    void setUp() throws IOException {
        ModelBuilder b = new ModelBuilder("city2004");
        b.plan("p2004", "2004年计划", "2004", "2004-12-31");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        b.child(city, "dongxian", "东县", OrganisationKind.COUNTY);
        b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        planFile = dir.resolve("plan.xmi");
        Resource resource = ModelStore.newResourceSet().createResource(URI.createFileURI(planFile.toString()));
        resource.getContents().add(b.file());
        ModelStore.save(resource);
    }

    /** The plan as the last import left it in memory. */
    private Resource plan;

    private ImportResult importFile(Path data) {
        plan = ModelStore.load(ModelStore.newResourceSet(), planFile).resource();
        return ActualsImporter.importInto(plan, data, Mapping.automatic(), false);
    }

    /** The one actual the import added, after checking that it found no problem. */
    private Actual only(ImportResult result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.added()).isEqualTo(1);
        return ModelIndex.of(plan).actuals().get(0);
    }

    /** A workbook whose month and report date are Excel date cells in {@code format} (a built-in index or a pattern). */
    private Path workbookWithDates(String name, Object format) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(format instanceof Short id ? id : workbook.createDataFormat().getFormat((String) format));
            Sheet sheet = workbook.createSheet("8月");
            Row header = sheet.createRow(0);
            String[] titles = {"单位", "指标", "月份", "累计", "报送日期"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("东县");
            row.createCell(1).setCellValue("实际利用外资");
            row.createCell(2).setCellValue(LocalDate.of(2004, 8, 31)); // serial 38230
            row.getCell(2).setCellStyle(dates);
            row.createCell(3).setCellValue(12.5);
            row.createCell(4).setCellValue(LocalDate.of(2004, 9, 10)); // serial 38240
            row.getCell(4).setCellStyle(dates);
            workbook.write(out);
        }
        return file;
    }

    @Test
    void excelDateCellsInTheBuiltInFormat14AreMonthsAndDates() throws IOException {
        Actual actual = only(importFile(workbookWithDates("builtin.xlsx", (short) 14)));
        assertThat(actual.getMonth()).hasToString("2004-08");
        assertThat(actual.getReportDate()).hasToString("2004-09-10");
    }

    @Test
    void excelDateCellsInACustomFormatAreMonthsAndDates() throws IOException {
        Actual actual = only(importFile(workbookWithDates("custom.xlsx", "yyyy-mm-dd")));
        assertThat(actual.getMonth()).hasToString("2004-08");
        assertThat(actual.getReportDate()).hasToString("2004-09-10");
    }

    @Test
    void excelDateCellsOfAFileSavedByLibreOfficeAreMonthsAndDates() throws Exception {
        Path original = workbookWithDates("poi.xlsx", "yyyy-mm-dd");
        Path out = Files.createDirectory(dir.resolve("lo"));
        Process soffice;
        try {
            soffice = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), original.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "LibreOffice is not installed (releng/scripts/ensure-tools.sh office)");
            return;
        }
        soffice.getInputStream().readAllBytes();
        assumeTrue(soffice.waitFor(120, TimeUnit.SECONDS) && Files.exists(out.resolve("poi.xlsx")), "LibreOffice did not convert");
        Actual actual = only(importFile(out.resolve("poi.xlsx")));
        assertThat(actual.getMonth()).hasToString("2004-08");
        assertThat(actual.getReportDate()).hasToString("2004-09-10");
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    @Test
    void aNumberWithAnExponentIsRefusedNotReadAsAThousand() throws IOException {
        Path data = csv("e.csv", "单位,指标,月份,累计\n东县,FDI,2004-08,1e3\n");
        ImportResult result = importFile(data);
        assertThat(result.problems()).extracting(Problem::format).containsExactly(data + ":2:4: error PDM-A106 not a"
                + " number: \"1e3\" (write numbers without an exponent, e.g. 1000 for 1e3)");
    }

    @Test
    void aMillionCharacterNameIsEchoedShort() throws IOException {
        String name = "县".repeat(1_000_000);
        Path data = csv("long.csv", "单位,指标,月份,累计\n" + name + ",FDI,2004-08,1\n");
        ImportResult result = importFile(data);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).format()).isEqualTo(data + ":2:1: error PDM-A104 unknown organisation \""
                + "县".repeat(60) + "…(1000000 characters)\" (not a name, title or alias in the model)");
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkIsRead() throws IOException {
        Path data = dir.resolve("unicode.csv");
        Files.write(data, "\uFEFF单位\t指标\t月份\t累计\r\n东县\tFDI\t2004-08\t12.5\r\n".getBytes(StandardCharsets.UTF_16LE));
        Actual actual = only(importFile(data));
        assertThat(actual.getValue()).isEqualByComparingTo("12.5");
    }

    @Test
    void aUtf16FileWithoutByteOrderMarkIsRecognisedByItsZeroBytes() throws IOException {
        String text = "单位,指标,月份,累计\n东县,FDI,2004-08,12.5\n";
        for (var charset : java.util.List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            Path data = dir.resolve("nobom-" + charset.name() + ".csv");
            Files.write(data, text.getBytes(charset));
            assertThat(only(importFile(data)).getValue()).as(charset.name()).isEqualByComparingTo("12.5");
        }
    }

    @Test
    void zeroBytesOnBothSidesMeanNoTextFile() throws IOException {
        Path data = dir.resolve("binary.csv");
        // zero bytes at offsets 2, 4 (even) and 5 (odd): no UTF-16 text; the first is column 3 of line 1
        Files.write(data, new byte[] {'a', ',', 0, 'b', 0, 0, '\n'});
        assertThat(importFile(data).problems()).extracting(Problem::format).containsExactly(data + ":1:3: error PDM-A101"
                + " not a text file: byte 0x00 at offset 2 (a CSV file is text; is it a workbook or an archive?)");
    }

    @Test
    void aMissingColumnListsTheTitlesFoundAndTheEncodingTheyWereReadWith() throws IOException {
        Path plain = csv("titles.csv", "行政区划,指标,月份,累计\n东县,FDI,2004-08,1\n");
        assertThat(importFile(plain).problems()).extracting(Problem::format).containsExactly(plain + ":1:1: error"
                + " PDM-A103 no column for organisation (usual titles: 单位, 单位名称, 地区, 县市区, 地区名称, 县市区名称,"
                + " 县(市、区), 填报单位, 统计单位, organisation, organization)"
                + " and no default.organisation in the mapping; the header row has: \"行政区划\", \"指标\", \"月份\", \"累计\""
                + " (read as UTF-8)");
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, "行政区划,指标,月份,累计\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(importFile(gbk).problems()).extracting(Problem::message).singleElement().asString()
                .endsWith("the header row has: \"行政区划\", \"指标\", \"月份\", \"累计\" (read as GB18030)");
    }

    @Test
    void randomBytesGiveALocatedProblemNotARawParserException() throws IOException {
        Random random = new Random(15);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[1 + random.nextInt(2000)];
            random.nextBytes(bytes);
            Path data = dir.resolve("random" + i + ".csv");
            Files.write(data, bytes);
            ImportResult result = importFile(data);
            assertThat(result.applied()).isFalse();
            assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.line()).as(p.format()).isPositive();
                assertThat(p.column()).as(p.format()).isPositive();
                assertThat(p.message()).doesNotContain("CSVException").doesNotContain("IOException");
            });
        }
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineItOpens() throws IOException {
        Path data = csv("quote.csv", "单位,指标,月份,累计\n东县,FDI,2004-08,1\n\"东县,FDI,2004-09,2\n东县,FDI,2004-10,3\n");
        assertThat(importFile(data).problems()).extracting(Problem::format).containsExactly(data + ":3:1: error PDM-A101"
                + " a quote (\") opened here is never closed; the rest of the file would be one cell");
    }

    @Test
    void textAfterAClosingQuoteIsReportedAtItsColumn() throws IOException {
        // line 2 is "东县"x,…: the x is its 5th character
        Path data = csv("after.csv", "单位,指标,月份,累计\n\"东县\"x,FDI,2004-08,1\n");
        assertThat(importFile(data).problems()).extracting(Problem::format).containsExactly(data + ":2:5: error PDM-A101"
                + " text after a closing quote (\") in the same cell; write the whole cell in quotes, doubling quotes inside"
                + " it (\"\")");
    }

    @Test
    void monthsOutsideThePlanAndNegativeCumulativeValuesAreRefusedWithTheirColumn() throws IOException {
        Path data = csv("bad.csv", "单位,指标,月份,累计\n东县,FDI,2003-08,1\n东县,FDI,9999-12,1\n东县,FDI,2004-08,-5\n");
        ImportResult result = importFile(data);
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                data + ":2:3: error PDM-A113 month 2003-08 is outside the plan period 2004; the workspace would fail"
                        + " validation (PDM-A001)",
                data + ":3:3: error PDM-A113 month 9999-12 is outside the plan period 2004; the workspace would fail"
                        + " validation (PDM-A001)",
                data + ":4:4: error PDM-A114 a cumulative value of FDI cannot be negative: -5");
        assertThat(result.applied()).isFalse();
        assertThat(ModelStore.root(ModelStore.load(ModelStore.newResourceSet(), planFile).resource(), PlanningFile.class)
                .getElements().stream().filter(Actual.class::isInstance)).isEmpty();
    }

    @Test
    void aCumulativeValueBelowAnEarlierMonthsIsRefused() throws IOException {
        Path data = csv("falls.csv", "单位,指标,月份,累计\n东县,FDI,2004-07,100\n东县,FDI,2004-08,90\n");
        ImportResult result = importFile(data);
        assertThat(result.problems()).extracting(Problem::format).containsExactly(data + ":3:4: error PDM-A114"
                + " cumulative 90 for 2004-08 is lower than 100 for 2004-07 (row 2); the workspace would fail validation (PDM-A002)");
    }
}
