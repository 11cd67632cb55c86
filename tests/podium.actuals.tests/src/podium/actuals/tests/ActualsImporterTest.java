/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.actuals.ActualsImporter;
import podium.actuals.Field;
import podium.actuals.ImportCodes;
import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.core.Problem;
import podium.core.io.AtomicFiles;
import podium.model.Actual;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PlanningFile;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.persistence.ModelStore;
import podium.model.query.ModelIndex;
import podium.model.time.Month;

class ActualsImporterTest {

    @TempDir
    Path dir;

    private Path planFile;

    @BeforeEach
    void setUp() throws IOException {
        ModelBuilder b = new ModelBuilder("city2004");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation zone = b.child(city, "gaoxin", "高新技术产业开发区", OrganisationKind.ZONE);
        zone.getAliases().add("高新区");
        b.child(city, "dongxian", "东县", OrganisationKind.COUNTY);
        Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        b.indicator("EXPORT", "出口总额", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        b.actual(fdi, city, "2004-07", Basis.CUMULATIVE, "1500");
        planFile = dir.resolve("plan.xmi");
        Resource resource = ModelStore.newResourceSet().createResource(URI.createFileURI(planFile.toString()));
        resource.getContents().add(b.file());
        ModelStore.save(resource);
    }

    private Resource loadPlan() {
        ResourceSet set = ModelStore.newResourceSet();
        return ModelStore.load(set, planFile).resource();
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), "\uFEFF" + String.join("\n", lines) + "\n", UTF_8);
    }

    private static List<Actual> actuals(Resource plan) {
        return ModelIndex.of(plan).actuals();
    }

    @Test
    void importsCsvWithUsualHeadersAndMatchesTitlesAndAliases() throws IOException {
        Path data = csv("1-8月.csv", "单位,指标,月份,本年累计,计量单位,上年同期",
                "全市,实际利用外资,2004年8月,\"1,890\",万美元,1600",
                "高新区,FDI,2004-08,0.08,亿美元,",
                "东县,出口总额,2004.8,0,,");
        Resource plan = loadPlan();
        ImportResult result = ActualsImporter.importInto(plan, data, Mapping.automatic(), false);
        assertThat(result.problems()).isEmpty();
        assertThat(result.summary()).isEqualTo("3 rows: 3 added, 0 replaced, 0 unchanged, 0 skipped");
        Actual city = actuals(plan).stream().filter(a -> a.getMonth().equals(Month.of(2004, 8)))
                .filter(a -> a.getOrganisation().getName().equals("city")).findFirst().orElseThrow();
        assertThat(city.getValue()).isEqualByComparingTo("1890");
        assertThat(city.getPreviousYear()).isEqualByComparingTo("1600");
        assertThat(city.getBasis()).isEqualTo(Basis.CUMULATIVE);
        Actual zone = actuals(plan).stream().filter(a -> a.getOrganisation().getName().equals("gaoxin")).findFirst()
                .orElseThrow();
        assertThat(zone.getUnit()).isEqualTo(Unit.HUNDRED_MILLION_USD);
    }

    @Test
    void reimportingReplacesNeverDuplicatesAndSavingKeepsABackup() throws IOException {
        Path data = csv("a.csv", "单位,指标,月份,累计", "全市,FDI,2004-07,1500", "东县,FDI,2004-07,20");
        Resource plan = loadPlan();
        ImportResult first = ActualsImporter.importInto(plan, data, Mapping.automatic(), false);
        assertThat(first.summary()).startsWith("2 rows: 1 added, 0 replaced, 1 unchanged");
        ActualsImporter.save(plan);
        String afterFirst = Files.readString(planFile, UTF_8);

        Resource again = loadPlan();
        ImportResult second = ActualsImporter.importInto(again, data, Mapping.automatic(), false);
        assertThat(second.summary()).isEqualTo("2 rows: 0 added, 0 replaced, 2 unchanged, 0 skipped (nothing imported)");
        assertThat(second.applied()).isFalse();

        Path withSource = csv("s.csv", "单位,指标,月份,累计,来源,上年同期", "东县,FDI,2004-07,20,市统计局,18");
        assertThat(ActualsImporter.importInto(again, withSource, Mapping.automatic(), false).replaced()).isEqualTo(1);
        Path corrected = csv("b.csv", "单位,指标,月份,累计", "东县,FDI,2004-07,25");
        ImportResult third = ActualsImporter.importInto(again, corrected, Mapping.automatic(), false);
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.summary()).isEqualTo("1 row: 0 added, 1 replaced, 0 unchanged, 0 skipped");
        ActualsImporter.save(again);
        assertThat(actuals(loadPlan())).hasSize(2).filteredOn(a -> a.getOrganisation().getTitle().equals("东县"))
                .singleElement().satisfies(a -> {
                    assertThat(a.getValue()).isEqualByComparingTo("25");
                    assertThat(a.getSource()).as("a file without source column keeps the source").isEqualTo("市统计局");
                    assertThat(a.getPreviousYear()).isEqualByComparingTo("18");
                });
        assertThat(Files.readString(AtomicFiles.backupOf(planFile), UTF_8)).isEqualTo(afterFirst);
    }

    @Test
    void theImportsBackupSurvivesTheOrdinarySavesAfterIt() throws IOException {
        String beforeImport = Files.readString(planFile, UTF_8);
        Path data = csv("8月.csv", "单位,指标,月份,累计", "东县,FDI,2004-08,30");
        Resource plan = loadPlan();
        ActualsImporter.importInto(plan, data, Mapping.automatic(), false);
        Path backup = ActualsImporter.save(plan);
        assertThat(backup.getParent()).isEqualTo(dir);
        assertThat(backup.getFileName().toString()).matches("plan\\.xmi\\.before-import-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d\\.bak");
        String imported = Files.readString(planFile, UTF_8);
        assertThat(imported).isNotEqualTo(beforeImport);

        AtomicFiles.write(planFile, imported.replace("1500", "1501").getBytes(UTF_8)); // the editor's save
        ModelStore.save(loadPlan(), planFile); // and a save of the model, as podium convert does
        assertThat(Files.readString(backup, UTF_8)).isEqualTo(beforeImport);
        assertThat(Files.readString(AtomicFiles.backupOf(planFile), UTF_8)).as("NAME.bak: the last save only")
                .contains("1501");
    }

    @Test
    void savingEveryChangedFileKeepsOneBackupEachBesideIt() throws IOException {
        String beforeImport = Files.readString(planFile, UTF_8);
        Resource plan = loadPlan();
        ImportResult result = ActualsImporter.importInto(plan, csv("a.csv", "单位,指标,月份,累计", "东县,FDI,2004-08,30"),
                Mapping.automatic(), false);
        List<Path> backups = ActualsImporter.saveAll(result);
        assertThat(backups).singleElement().satisfies(b -> {
            assertThat(b.getFileName().toString()).startsWith("plan.xmi.before-import-");
            assertThat(Files.readString(b, UTF_8)).isEqualTo(beforeImport);
        });
    }

    @Test
    void everyBadRowIsReportedWithRowAndColumnAndNothingIsImported() throws IOException {
        Path data = csv("bad.csv", "单位,指标,月份,累计,计量单位",
                "西县,FDI,2004-08,10,万美元",
                "全市,GDP,2004-08,10,万美元",
                "全市,FDI,2004-08,十,万美元",
                "全市,FDI,2004-08,10,万元",
                "全市,FDI,2004-13,10,万美元",
                "东县,FDI,2004-08,10,万美元");
        Resource plan = loadPlan();
        int before = actuals(plan).size();
        ImportResult result = ActualsImporter.importInto(plan, data, Mapping.automatic(), false);
        assertThat(result.problems()).extracting(Problem::code, Problem::line, Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ImportCodes.UNKNOWN_ORGANISATION, 2, 1),
                org.assertj.core.groups.Tuple.tuple(ImportCodes.UNKNOWN_INDICATOR, 3, 2),
                org.assertj.core.groups.Tuple.tuple(ImportCodes.BAD_NUMBER, 4, 4),
                org.assertj.core.groups.Tuple.tuple(ImportCodes.UNIT_MISMATCH, 5, 5),
                org.assertj.core.groups.Tuple.tuple(ImportCodes.BAD_MONTH, 6, 3));
        assertThat(result.problems().get(0).format()).startsWith(data + ":2:1: error PDM-A104 unknown organisation \"西县\"");
        assertThat(result.applied()).isFalse();
        assertThat(actuals(plan)).hasSize(before);
    }

    @Test
    void aThousandsSeparatorThatDoesNotGroupByThreeIsRefusedAtItsCell() throws IOException {
        Path data = csv("9月.csv", "单位,指标,月份,累计,计量单位,上年同期,来源",
                "东县,实际利用外资,2004年8月,\"1,02\",万美元,104,市统计局",
                "东县,出口总额,2004年8月,\"2,345.5\",万美元,\"1,0200\",市统计局",
                "全市,出口总额,2004年8月,\"1.020,5\",万美元,,市统计局");
        Resource plan = loadPlan();
        int before = actuals(plan).size();
        ImportResult result = ActualsImporter.importInto(plan, data, Mapping.automatic(), false);
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                data + ":2:4: error PDM-A106 not a number: \"1,02\" (the digits between thousands separators must"
                        + " come in groups of three, e.g. 1,020 or 12,345.6; the decimal point is a point)",
                data + ":3:6: error PDM-A106 not a number: \"1,0200\" (the digits between thousands separators must"
                        + " come in groups of three, e.g. 1,020 or 12,345.6; the decimal point is a point)",
                data + ":4:4: error PDM-A106 not a number: \"1.020,5\" (the digits between thousands separators must"
                        + " come in groups of three, e.g. 1,020 or 12,345.6; the decimal point is a point)");
        assertThat(result.applied()).isFalse();
        assertThat(actuals(plan)).hasSize(before);
    }

    @Test
    void partialImportTakesTheGoodRowsAndReportsTheOthers() throws IOException {
        Path data = csv("partial.csv", "单位,指标,月份,累计", "西县,FDI,2004-08,10", "东县,FDI,2004-08,10");
        Resource plan = loadPlan();
        ImportResult result = ActualsImporter.importInto(plan, data, Mapping.automatic(), true);
        assertThat(result.problems()).singleElement().extracting(Problem::code).isEqualTo(ImportCodes.UNKNOWN_ORGANISATION);
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.applied()).isTrue();
    }

    @Test
    void duplicateRowsInTheFileAreErrors() throws IOException {
        Path data = csv("dup.csv", "单位,指标,月份,当月", "东县,FDI,2004-08,10", "东县,FDI,2004年8月,11");
        ImportResult result = ActualsImporter.importInto(loadPlan(), data, Mapping.automatic(), false);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ImportCodes.DUPLICATE_ROW);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("row 2");
        });
    }

    @Test
    void rowProblemsKeepTheirEnglishWording() throws IOException {
        Path data = csv("bad.csv", "单位,指标,月份,累计,计量单位,口径",
                "西县,FDI,2004-08,10,,",
                "东县,GDP,2004-08,10,,",
                "东县,FDI,2004-13,10,,",
                "东县,FDI,2004-08,abc,,",
                "东县,FDI,2004-08,10,万吨,",
                "东县,FDI,2004-08,10,斤,",
                "东县,FDI,2004-08,10,,季度",
                "东县,,2004-08,10,,");
        ImportResult result = ActualsImporter.importInto(loadPlan(), data, Mapping.automatic(), false);
        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "unknown organisation \"西县\" (not a name, title or alias in the model)",
                "unknown indicator \"GDP\" (not a code, title or alias in the model)",
                "not a month: \"2004-13\"",
                "not a number: \"abc\"",
                "unit 万吨 does not convert to 万美元, the unit of FDI",
                "unknown unit \"斤\"",
                "basis must be 累计 (cumulative) or 当月 (monthly): \"季度\"",
                "empty indicator");
        assertThat(result.summary()).isEqualTo("8 rows: 0 added, 0 replaced, 0 unchanged, 8 skipped (nothing imported)");
    }

    @Test
    void columnProblemsKeepTheirEnglishWording() throws IOException {
        Path data = csv("columns.csv", "单位,指标,累计", "东县,FDI,10");
        Mapping mapping = new Mapping(null, 1, null, Map.of(Field.SOURCE, "来源单位"), Map.of());
        ImportResult result = ActualsImporter.importInto(loadPlan(), data, mapping, false);
        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "no column for month (usual titles: 月份, 时间, 期别, 统计月份, 统计时间, 统计期, 报告期, 年月, month) and no"
                        + " default.month in the mapping;"
                        + " the header row has: \"单位\", \"指标\", \"累计\" (read as UTF-8)",
                "no column \"来源单位\" for source in header row 1");
    }

    @Test
    void gbkCsvIsDetected() throws IOException {
        Path data = dir.resolve("gbk.csv");
        Files.write(data, "单位,指标,月份,当月\n东县,FDI,2004-08,10\n".getBytes(Charset.forName("GBK")));
        Resource plan = loadPlan();
        ImportResult result = ActualsImporter.importInto(plan, data, Mapping.automatic(), false);
        assertThat(result.problems()).isEmpty();
        assertThat(actuals(plan)).anySatisfy(a -> {
            assertThat(a.getOrganisation().getTitle()).isEqualTo("东县");
            assertThat(a.getBasis()).isEqualTo(Basis.MONTHLY);
        });
    }

    @Test
    void mappingFileNamesColumnsAndDefaults() throws IOException {
        Path mappingFile = Files.writeString(dir.resolve("stats.mapping"), String.join("\n",
                "# 市统计局月报",
                "header.row = 2",
                "column.organisation = 地区名称",
                "column.value = C",
                "default.indicator = FDI",
                "default.month = 2004-08",
                "default.basis = 累计",
                "default.source = 市统计局"), UTF_8);
        Mapping.Loaded mapping = Mapping.load(mappingFile);
        assertThat(mapping.problems()).isEmpty();
        Path data = csv("stats.csv", "2004年1-8月利用外资情况", "地区名称,备注,金额", "东县,,12.5", "全市,,1890");
        Resource plan = loadPlan();
        ImportResult result = ActualsImporter.importInto(plan, data, mapping.mapping(), false);
        assertThat(result.problems()).isEmpty();
        assertThat(result.added()).isEqualTo(2);
        assertThat(actuals(plan)).filteredOn(a -> a.getOrganisation().getTitle().equals("东县")).singleElement()
                .satisfies(a -> {
                    assertThat(a.getValue()).isEqualByComparingTo("12.5");
                    assertThat(a.getSource()).isEqualTo("市统计局");
                });
    }

    @Test
    void badMappingLinesAreReportedWithLineNumbers() {
        Mapping.Loaded loaded = Mapping.parse("m.mapping", List.of("sheet = 1", "column.colour = 红", "header.row = x",
                "just text"));
        assertThat(loaded.mapping()).isNull();
        assertThat(loaded.problems()).extracting(Problem::line).containsExactly(2, 3, 4);
        assertThat(loaded.problems()).allSatisfy(p -> assertThat(p.code()).isEqualTo(ImportCodes.BAD_MAPPING));
    }

    @Test
    void missingRequiredColumnIsReported() throws IOException {
        Path data = csv("nomonth.csv", "单位,指标,累计", "东县,FDI,10");
        ImportResult result = ActualsImporter.importInto(loadPlan(), data, Mapping.automatic(), false);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ImportCodes.MISSING_COLUMN);
            assertThat(p.message()).contains("month");
        });
    }

    @Test
    void importsXlsxAndNamesTheSheetInProblems() throws IOException {
        Path data = Xlsx.write(dir.resolve("月报.xlsx"), "1-8月", List.of(
                List.of("单位", "指标", "月份", "本年累计", "上年同期"),
                List.of("全市", "FDI", "2004-08", "1890.5", "1600"),
                List.of("东县", "FDI", "2004-08", "0", ""),
                List.of("南县", "FDI", "2004-08", "3", "")));
        Resource plan = loadPlan();
        ImportResult strict = ActualsImporter.importInto(plan, data, Mapping.automatic(), false);
        assertThat(strict.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(data + "[1-8月]");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(1);
        });
        ImportResult partial = ActualsImporter.importInto(plan, data, Mapping.automatic(), true);
        assertThat(partial.added()).isEqualTo(2);
        assertThat(actuals(plan)).anySatisfy(a -> assertThat(a.getValue()).isEqualByComparingTo("1890.5"));
    }

    @Test
    void oldExcelAndMissingFilesAreReadableProblems() {
        ImportResult xls = ActualsImporter.importInto(loadPlan(), dir.resolve("old.xls"), Mapping.automatic(), false);
        assertThat(xls.problems()).singleElement().extracting(Problem::code).isEqualTo(ImportCodes.UNREADABLE);
    }

    @Test
    void planWithoutPlanningFileIsRejected() {
        Resource empty = ModelStore.newResourceSet().createResource(URI.createFileURI(dir.resolve("e.xmi").toString()));
        ImportResult result = ActualsImporter.importInto(empty, dir.resolve("x.csv"), Mapping.automatic(), false);
        assertThat(result.problems()).singleElement().extracting(Problem::code).isEqualTo(ImportCodes.NO_PLAN);
        assertThat(PlanningFile.class).isNotNull();
    }

    @Test
    void aReadOnlyFileAmongTheChangedOnesIsRefusedBeforeAnyIsSaved() throws IOException {
        Resource plan = loadPlan();
        Path otherFile = dir.resolve("other.xmi");
        Resource other = plan.getResourceSet().createResource(URI.createFileURI(otherFile.toString()));
        other.getContents().add(ModelFactory.eINSTANCE.createPlanningFile());
        ModelStore.save(other);
        String planBefore = Files.readString(planFile);
        actuals(plan).get(0).setValue(new java.math.BigDecimal("1600"));
        Files.setPosixFilePermissions(otherFile, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        ImportResult result = new ImportResult(1, 0, 1, 0, 0, true, List.of(), List.of(plan, other));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ActualsImporter.saveAll(result))
                .isInstanceOf(podium.core.io.ReadOnlyTargetException.class);
        assertThat(Files.readString(planFile)).as("the plan, first in the list, is not written either").isEqualTo(planBefore);
        assertThat(dir.resolve("plan.xmi.bak")).doesNotExist();
    }
}
