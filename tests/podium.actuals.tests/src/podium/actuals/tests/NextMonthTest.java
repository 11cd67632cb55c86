/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.actuals.ActualsImporter;
import podium.actuals.AsOfMove;
import podium.actuals.Change;
import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.model.Actual;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Plan;
import podium.model.PlanningFile;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.persistence.ModelStore;
import podium.model.query.ModelIndex;
import podium.model.time.Day;

/**
 * The next month's figures: a new month joins its series' file, a new series goes where most actuals are,
 * and months after the plan's as-of date are counted, with the move of the date that would cover them.
 */
class NextMonthTest {

    @TempDir
    Path dir;

    /** A county workspace: the plan (as of 2005-03-31), 2005 actuals kept in two files of their own. */
    @BeforeEach
    void setUp() throws IOException {
        ModelBuilder b = new ModelBuilder("county2005");
        b.plan("p2005", "2005年工作计划", "2005", "2005-03-31");
        Organisation county = b.organisation("beixian", "北县", OrganisationKind.COUNTY);
        b.child(county, "xixiang", "西乡", OrganisationKind.DISTRICT);
        b.child(county, "nanzhen", "南镇", OrganisationKind.DISTRICT);
        Indicator invest = b.indicator("INV", "固定资产投资", Unit.TEN_THOUSAND_YUAN, IndicatorKind.FLOW);
        b.indicator("TAX", "税收收入", Unit.TEN_THOUSAND_YUAN, IndicatorKind.FLOW);
        // first quarter: 西乡 in q1.xmi; 南镇's January in q1.xmi, its February and March moved to march.xmi
        Actual x1 = b.actual(invest, org(b, "xixiang"), "2005-01", Basis.CUMULATIVE, "40");
        Actual x2 = b.actual(invest, org(b, "xixiang"), "2005-02", Basis.CUMULATIVE, "75");
        Actual x3 = b.actual(invest, org(b, "xixiang"), "2005-03", Basis.CUMULATIVE, "130");
        Actual n1 = b.actual(invest, org(b, "nanzhen"), "2005-01", Basis.CUMULATIVE, "12");
        Actual n2 = b.actual(invest, org(b, "nanzhen"), "2005-02", Basis.CUMULATIVE, "20");
        Actual n3 = b.actual(invest, org(b, "nanzhen"), "2005-03", Basis.CUMULATIVE, "33");
        ResourceSet set = ModelStore.newResourceSet();
        Resource plan = create(set, "plan.xmi", b.file());
        Resource q1 = create(set, "q1.xmi", fileOf(x1, x2, x3, n1));
        Resource march = create(set, "march.xmi", fileOf(n2, n3));
        for (Resource r : List.of(plan, q1, march)) {
            ModelStore.save(r);
        }
    }

    private static Organisation org(ModelBuilder b, String name) {
        return ModelIndex.of(b.file()).organisations().stream().filter(o -> o.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static PlanningFile fileOf(Actual... actuals) {
        PlanningFile file = ModelFactory.eINSTANCE.createPlanningFile();
        file.getElements().addAll(List.of(actuals));
        return file;
    }

    private Resource create(ResourceSet set, String name, PlanningFile file) {
        Resource r = set.createResource(URI.createFileURI(dir.resolve(name).toString()));
        r.getContents().add(file);
        return r;
    }

    /** The workspace as the CLI loads it: every file of the folder in one resource set; returns the plan's. */
    private Resource load() throws IOException {
        ResourceSet set = ModelStore.newResourceSet();
        Resource plan = ModelStore.load(set, dir.resolve("plan.xmi")).resource();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xmi")).sorted().toList()) {
                ModelStore.load(set, f);
            }
        }
        return plan;
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("april.csv"), String.join("\n", lines) + "\n", UTF_8);
    }

    /** The file each actual of {@code indicator} is in, as "organisation month file" lines, sorted. */
    private static List<String> where(Resource plan, String indicator) {
        return ModelIndex.of(plan.getResourceSet()).actuals().stream()
                .filter(a -> a.getIndicator().getName().equals(indicator))
                .map(a -> a.getOrganisation().getName() + " " + a.getMonth() + " " + a.eResource().getURI().lastSegment())
                .sorted().toList();
    }

    @Test
    void aNewMonthGoesToTheFileOfItsSeriesLatestMonth() throws IOException {
        Resource plan = load();
        ImportResult result = ActualsImporter.importInto(plan, csv("单位,指标,月份,累计", "西乡,固定资产投资,2005-04,170",
                "南镇,固定资产投资,2005-04,41"), Mapping.automatic(), false);
        assertThat(result.problems()).isEmpty();
        assertThat(result.added()).isEqualTo(2);
        assertThat(where(plan, "INV")).contains("xixiang 2005-04 q1.xmi", "nanzhen 2005-04 march.xmi");
        assertThat(result.changed()).extracting(r -> r.getURI().lastSegment()).containsExactly("q1.xmi", "march.xmi");

        ActualsImporter.saveAll(result);
        assertThat(where(load(), "INV")).contains("xixiang 2005-04 q1.xmi", "nanzhen 2005-04 march.xmi")
                .doesNotContain("xixiang 2005-04 plan.xmi");
        assertThat(Files.readString(dir.resolve("plan.xmi"), UTF_8)).doesNotContain("podium:Actual");
    }

    @Test
    void aMonthlyReportWithItsTitleAboveTheColumnTitlesIsReadWithoutAMappingFile() throws IOException {
        Resource plan = load();
        // as the statistics office sends it: a title, the unit line, then the column titles in row 3
        ImportResult result = ActualsImporter.importInto(plan, csv("北县2005年1-4月固定资产投资完成情况", ",,,单位：万元",
                "填报单位,指标名称,统计月份,本年累计,上年同期累计", "西乡,固定资产投资,2005年4月,168,150",
                "南镇,固定资产投资,2005年4月,45,38"), Mapping.automatic(), false);
        assertThat(result.problems()).isEmpty();
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.skipped()).isZero();
        assertThat(ModelIndex.of(plan.getResourceSet()).actuals().stream()
                .filter(a -> a.getMonth().toString().equals("2005-04"))
                .map(a -> a.getOrganisation().getName() + " " + a.getValue() + " " + a.getPreviousYear()).sorted())
                .containsExactly("nanzhen 45 38", "xixiang 168 150");
    }

    @Test
    void theTotalRowsOfAMonthlyReportAreLeftOutWithAnInfoNotRefused() throws IOException {
        Resource plan = load();
        ImportResult result = ActualsImporter.importInto(plan, csv("县市区,指标,月份,1-4月累计", "西乡,固定资产投资,2005-04,171",
                "南镇,固定资产投资,2005-04,44", "合 计,固定资产投资,2005-04,215", "全县总计,固定资产投资,2005-04,215"),
                Mapping.automatic(), false);
        assertThat(result.problems()).extracting(p -> p.severity() + " " + p.code() + " " + p.line() + ":" + p.column())
                .containsExactly("INFO PDM-A116 4:1", "INFO PDM-A116 5:1");
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.applied()).isTrue();
    }

    @Test
    void aUnitThatIsNoTotalIsStillUnknown() throws IOException {
        ImportResult result = ActualsImporter.importInto(load(), csv("单位,指标,月份,累计", "西乡,固定资产投资,2005-04,171",
                "东乡,固定资产投资,2005-04,60"), Mapping.automatic(), false);
        assertThat(result.problems()).extracting(p -> p.severity() + " " + p.code() + " " + p.line())
                .containsExactly("ERROR PDM-A104 3");
        assertThat(result.applied()).isFalse();
    }

    @Test
    void aFileWithoutAnyHeaderRowStillNamesTheColumnsItLacks() throws IOException {
        ImportResult result = ActualsImporter.importInto(load(), csv("北县2005年1-4月税收月报", "西乡,税收收入,2005-04,88"),
                Mapping.automatic(), false);
        assertThat(result.added()).isZero();
        assertThat(result.problems()).extracting(p -> p.code() + " " + p.line()).contains("PDM-A103 1");
    }

    @Test
    void aNewSeriesGoesWhereMostActualsAreAndAStoredMonthIsReplacedWhereItIs() throws IOException {
        Resource plan = load();
        // q1.xmi holds four actuals, march.xmi two: 税收收入 has none yet
        ImportResult result = ActualsImporter.importInto(plan, csv("单位,指标,月份,累计", "南镇,税收收入,2005-04,8",
                "南镇,固定资产投资,2005-02,21"), Mapping.automatic(), false);
        assertThat(result.problems()).isEmpty();
        assertThat(where(plan, "TAX")).containsExactly("nanzhen 2005-04 q1.xmi");
        assertThat(where(plan, "INV")).filteredOn(s -> s.startsWith("nanzhen 2005-02")).containsExactly(
                "nanzhen 2005-02 march.xmi");
        assertThat(result.changes()).extracting(Change::added, c -> c.file().getURI().lastSegment(),
                c -> c.oldValue() == null ? null : c.oldValue().toPlainString(), c -> c.newValue().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, "q1.xmi", null, "8"),
                        org.assertj.core.groups.Tuple.tuple(false, "march.xmi", "20", "21"));
    }

    @Test
    void aWorkspaceWithoutActualsGetsThemInThePlan() throws IOException {
        Files.delete(dir.resolve("q1.xmi"));
        Files.delete(dir.resolve("march.xmi"));
        Resource plan = load();
        ImportResult result = ActualsImporter.importInto(plan, csv("单位,指标,月份,当月", "北县,税收收入,2005-01,3"),
                Mapping.automatic(), false);
        assertThat(result.problems()).isEmpty();
        assertThat(where(plan, "TAX")).containsExactly("beixian 2005-01 plan.xmi");
    }

    @Test
    void rowsAfterTheAsOfDateAreCountedAndTheDateMovesOnlyWhenAsked() throws IOException {
        Resource plan = load();
        // as of 2005-03-31: April and May are after it, March is not; the latest month ends on 2005-05-31
        ImportResult result = ActualsImporter.importInto(plan, csv("单位,指标,月份,累计", "西乡,固定资产投资,2005-03,130",
                "西乡,固定资产投资,2005-04,170", "西乡,固定资产投资,2005-05,222", "南镇,固定资产投资,2005-04,41"),
                Mapping.automatic(), false);
        AsOfMove asOf = result.asOf();
        assertThat(asOf.from()).isEqualTo(Day.of(2005, 3, 31));
        assertThat(asOf.to()).isEqualTo(Day.of(2005, 5, 31));
        assertThat(asOf.rows()).isEqualTo(3);
        assertThat(asOf.moved()).isFalse();
        assertThat(planOf(plan).getAsOf()).as("not moved unless asked").isEqualTo(Day.of(2005, 3, 31));
        assertThat(result.changed()).extracting(r -> r.getURI().lastSegment()).doesNotContain("plan.xmi");

        ImportResult moved = ActualsImporter.moveAsOf(result);
        assertThat(moved.asOf().moved()).isTrue();
        assertThat(planOf(plan).getAsOf()).isEqualTo(Day.of(2005, 5, 31));
        assertThat(moved.changed()).extracting(r -> r.getURI().lastSegment()).containsExactly("q1.xmi", "march.xmi",
                "plan.xmi");
        String planBefore = Files.readString(dir.resolve("plan.xmi"), UTF_8);
        List<Path> backups = ActualsImporter.saveAll(moved);
        assertThat(backups).extracting(p -> p.getFileName().toString()).anySatisfy(n -> assertThat(n)
                .startsWith("plan.xmi.before-import-"));
        Path planBackup = backups.stream().filter(p -> p.getFileName().toString().startsWith("plan.xmi.")).findFirst()
                .orElseThrow();
        assertThat(planBackup).hasContent(planBefore);
        assertThat(planOf(load()).getAsOf()).isEqualTo(Day.of(2005, 5, 31));
    }

    @Test
    void theAsOfDateAloneCanBeMovedByAReimport() throws IOException {
        Resource plan = load();
        Path april = csv("单位,指标,月份,累计", "西乡,固定资产投资,2005-04,170");
        ActualsImporter.saveAll(ActualsImporter.importInto(plan, april, Mapping.automatic(), false));
        Resource again = load();
        ImportResult unchanged = ActualsImporter.importInto(again, april, Mapping.automatic(), false);
        assertThat(unchanged.applied()).isFalse();
        assertThat(unchanged.asOf().rows()).isEqualTo(1);
        ImportResult moved = ActualsImporter.moveAsOf(unchanged);
        assertThat(moved.applied()).as("the as-of date is a change to save").isTrue();
        assertThat(moved.changed()).extracting(r -> r.getURI().lastSegment()).containsExactly("plan.xmi");
        ActualsImporter.saveAll(moved);
        assertThat(planOf(load()).getAsOf()).isEqualTo(Day.of(2005, 4, 30));
    }

    @Test
    void noMoveIsOfferedForMonthsUpToTheAsOfDateNorForAPlanWithoutOne() throws IOException {
        Resource plan = load();
        Path march = csv("单位,指标,月份,累计", "南镇,固定资产投资,2005-03,34");
        assertThat(ActualsImporter.importInto(plan, march, Mapping.automatic(), false).asOf()).isNull();
        Resource withoutAsOf = load();
        planOf(withoutAsOf).setAsOf(null);
        Path april = csv("单位,指标,月份,累计", "南镇,固定资产投资,2005-04,41");
        ImportResult result = ActualsImporter.importInto(withoutAsOf, april, Mapping.automatic(), false);
        assertThat(result.asOf()).isNull();
        assertThat(ActualsImporter.moveAsOf(result)).isSameAs(result);
    }

    @Test
    void aFailedImportOffersNoMove() throws IOException {
        ImportResult result = ActualsImporter.importInto(load(), csv("单位,指标,月份,累计", "东乡,固定资产投资,2005-04,9",
                "西乡,固定资产投资,2005-04,170"), Mapping.automatic(), false);
        assertThat(result.applied()).isFalse();
        assertThat(result.asOf()).isNull();
    }

    private static Plan planOf(Resource plan) {
        return ModelIndex.of(plan.getResourceSet()).plan().orElseThrow();
    }
}
