/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.resource.Resource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import podium.actuals.ActualsImporter;
import podium.actuals.ImportCodes;
import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.core.Problem;
import podium.core.Severity;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;

/**
 * The actuals importer on CSV and XLSX files of rows as statistics offices send them, mostly wrong: odd
 * titles, unknown units and indicators, months outside the plan, Excel serial numbers, exponents,
 * negative cumulative values, ragged rows, other encodings, broken files. Nothing escapes as an
 * exception, every problem is located with a code of {@link ImportCodes}, the data file is unchanged,
 * and an import that applies its rows never leaves the workspace with an error it did not have.
 */
class ActualsFuzz {

    static final String TARGET = "actuals";
    /** The first months of actuals-2004.podium: the workspace the rows are imported into. */
    private static final String ACTUALS = PodiumTexts.read("actuals-2004.podium").lines().limit(12)
            .collect(Collectors.joining("\n", "", "\n"));
    private static final Set<String> CODES = Located.codesOf(ImportCodes.class);
    private static Path dir;

    @BeforeContainer
    static void setUp() throws IOException {
        PodiumLanguage.injector();
        dir = Files.createTempDirectory("podium-fuzz-actuals");
    }

    @AfterContainer
    static void tearDown() throws IOException {
        Harness.deleteFolder(dir);
    }

    @Property
    void csvRowsAreImportedOrReported(@ForAll("csv") byte[] csv) throws IOException {
        importData(dir, csv, "csv");
    }

    @Property
    void xlsxRowsAreImportedOrReported(@ForAll("xlsx") byte[] xlsx) throws IOException {
        importData(dir, xlsx, "xlsx");
    }

    private static final List<String> TITLES = List.of("单位", "指标", "月份", "累计", "上年同期", "计量单位", "来源", "填报日期",
            "本年累计", "当月", "备注", "", "单位", "Organisation", "month");
    private static final List<String> CELLS = List.of("宛城区", "卧龙区", "南阳市", "南召县", "高新区", "东县", "实际利用外资",
            "外贸出口", "出口增速", "固定资产投资", "2004-01", "2004-05", "2004-08", "2004-09", "2004-12", "2003-08", "9999-12",
            "2004-13", "2004年9月", "2004/9", "38230", "38240.5", "2004-09-10", "2004-02-30", "12", "12.5", "-3", "0",
            "1e3", "1E400", "9".repeat(30), "1,234", "NaN", "", " ", "万美元", "亿元", "%", "累计", "当月", "市统计局",
            "\"", "\"\"", "a\nb", "=1+1", "\u0000", "\uFEFF宛城区", "x".repeat(500));

    /** CSV rows of the plan's words and odd values, in UTF-8, GB18030 or UTF-16, sometimes with random bytes. */
    @Provide
    Arbitrary<byte[]> csv() {
        Arbitrary<String> cell = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(CELLS)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
        Arbitrary<List<String>> header = Arbitraries.of(TITLES).list().ofMinSize(0).ofMaxSize(7);
        Arbitrary<List<List<String>>> rows = cell.list().ofMaxSize(8).list().ofMaxSize(12);
        Arbitrary<String> separator = Arbitraries.of(",", ",", ",", ";", "\t");
        Arbitrary<Charset> charset = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8,
                Charset.forName("GB18030"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16);
        Arbitrary<byte[]> text = Combinators.combine(header, rows, separator, charset, Arbitraries.of(false, true))
                .as((h, r, sep, cs, quote) -> {
                    StringBuilder sb = new StringBuilder(line(h, sep, quote));
                    r.forEach(cells -> sb.append(line(cells, sep, quote)));
                    return sb.toString().getBytes(cs);
                });
        return Arbitraries.frequencyOf(Tuple.of(9, text),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(500)));
    }

    /** Workbooks of the same rows with numeric, date, boolean, formula and text cells; some cut or with a byte flipped. */
    @Provide
    Arbitrary<byte[]> xlsx() {
        Arbitrary<Object> cell = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(CELLS).map(Object.class::cast)),
                Tuple.of(2, Arbitraries.doubles().between(-1e6, 1e6).map(Object.class::cast)),
                Tuple.of(2, Arbitraries.integers().between(36000, 40000).map(d -> (Object) new ExcelDate(d))),
                Tuple.of(1, Arbitraries.of(Boolean.TRUE, "=SUM(1,2)", "=1/0").map(Object.class::cast)));
        Arbitrary<List<List<Object>>> rows = cell.list().ofMaxSize(8).list().ofMaxSize(10);
        Arbitrary<List<String>> header = Arbitraries.of(TITLES).list().ofMinSize(0).ofMaxSize(7);
        return Combinators.combine(header, rows, Arbitraries.integers().between(-1, 3),
                Arbitraries.integers().between(0, Integer.MAX_VALUE)).as(ActualsFuzz::workbook);
    }

    private record ExcelDate(int serial) {
    }

    private static byte[] workbook(List<String> header, List<List<Object>> rows, int damage, int at) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("数据");
            CellStyle date = book.createCellStyle();
            date.setDataFormat((short) 14);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (value instanceof ExcelDate d) {
                        cell.setCellValue(d.serial());
                        cell.setCellStyle(date);
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (value instanceof String s && s.startsWith("=")) {
                        cell.setCellFormula(s.substring(1));
                    } else {
                        cell.setCellValue(String.valueOf(value).replace("\u0000", ""));
                    }
                }
            }
            book.write(out);
            byte[] bytes = out.toByteArray();
            if (damage == 0) {
                bytes[at % bytes.length] ^= 0x5A; // a damaged file, as a broken download leaves
            } else if (damage == 1) {
                bytes = Arrays.copyOf(bytes, at % bytes.length); // a cut-off one
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String line(List<String> cells, String separator, boolean quote) {
        return cells.stream().map(c -> quote || c.contains(separator) || c.contains("\n") || c.contains("\"")
                ? "\"" + c.replace("\"", "\"\"") + "\"" : c).collect(Collectors.joining(separator)) + "\n";
    }

    /**
     * Imports {@code bytes} (a file named {@code .ext}) into a workspace of orgs, plan and a few actuals, and
     * checks the promises.
     */
    static ImportResult importData(Path dir, byte[] bytes, String ext) throws IOException {
        Path data = Files.write(dir.resolve("data." + ext), bytes);
        ImportResult result = Harness.run(TARGET, bytes, "data." + ext, () -> {
            PodiumWorkspace workspace = PodiumWorkspace.create();
            workspace.addText("/fuzz/orgs.podium", PodiumTexts.ORGS);
            workspace.addText("/fuzz/plan.podium", PodiumTexts.read("plan.podium"));
            Resource plan = workspace.addText("/fuzz/actuals-2004.podium", ACTUALS);
            Set<String> before = errors(workspace.validate());
            ImportResult imported = ActualsImporter.importInto(plan, data, Mapping.automatic(), false);
            Located.check(imported.problems(), CODES::contains);
            if (imported.applied()) {
                Set<String> after = errors(workspace.validate());
                after.removeAll(before);
                if (!after.isEmpty()) {
                    throw new AssertionError("the import applied its rows and the workspace now has errors: " + after);
                }
            }
            return imported;
        });
        if (!Arrays.equals(Files.readAllBytes(data), bytes)) {
            throw Harness.damaged(TARGET, bytes, "data." + ext, "the import changed " + data);
        }
        return result;
    }

    private static Set<String> errors(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).map(p -> p.code() + " " + p.message())
                .collect(Collectors.toSet());
    }
}
