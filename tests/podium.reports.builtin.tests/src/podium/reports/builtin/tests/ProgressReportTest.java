/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.reports.builtin.tests.Reports.rows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.model.Basis;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.reports.ParameterChoices;
import podium.reports.ReportOutcome;
import podium.reports.api.Chart;
import podium.reports.api.ReportData;
import podium.reports.api.Table;
import podium.reports.api.Value;

/**
 * 目标进度 on a city of three counties and a department, as of May 2004 (序时进度 5/12 = 41.67 %). The city's
 * 实际利用外资 target is the published-style case: 确保 38000, actual 15844 rolled up from its counties (西县
 * sent nothing) → 完成率 41.69 %, 序时进度 41.67 %, 超序时进度 0.02 个百分点.
 */
class ProgressReportTest {

    private Reports.Fixture fixture;
    private Target cityFdi;
    private Share eastShare;
    private Share westShare;
    private Share zoneShare;
    private Target cityExport;
    private Target zoneExportInYuan;
    private Target ghostTarget;

    @BeforeEach
    void setUp() {
        ModelBuilder b = new ModelBuilder("test");
        b.plan("plan", "2004年计划", "2004", "2004-05-31");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation east = b.child(city, "east", "东县", OrganisationKind.COUNTY);
        Organisation west = b.child(city, "west", "西县", OrganisationKind.COUNTY);
        Organisation zone = b.child(city, "zone", "高新区", OrganisationKind.ZONE);
        b.child(city, "commerce", "商务局", OrganisationKind.DEPARTMENT);
        Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        Indicator export = b.indicator("EXP", "外贸出口", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        cityFdi = b.target(fdi, city, "2004", "38000", "40000");
        Decomposition split = b.decomposition(fdi, city, "2004");
        eastShare = b.share(split, east, "20000", "22000");
        westShare = b.share(split, west, "13000", "14000");
        zoneShare = b.share(split, zone, "5000", "6000");
        b.actual(fdi, east, "2004-05", Basis.CUMULATIVE, "9000").setPreviousYear(new BigDecimal("10000"));
        b.actual(fdi, zone, "2004-05", Basis.CUMULATIVE, "6844").setPreviousYear(new BigDecimal("5000"));
        cityExport = b.target(export, city, "2004", null, "1000");
        b.actual(export, city, "2004-05", Basis.CUMULATIVE, "500");
        zoneExportInYuan = b.target(export, zone, "2004", "100", null);
        zoneExportInYuan.getGuarantee().setUnit(Unit.TEN_THOUSAND_YUAN);
        Indicator ghost = ModelFactory.eINSTANCE.createIndicator();
        ((InternalEObject) ghost).eSetProxyURI(URI.createURI("memory:/missing.xmi#//ghost"));
        ghostTarget = b.target(ghost, east, "2004", "10", null);
        fixture = new Reports.Fixture(b.file()).at(cityFdi, "plan.podium:3").at(zoneExportInYuan, "plan.podium:9")
                .at(ghostTarget, "plan.podium:10");
    }

    @Test
    void everyTargetAndShareOfThePeriodWithCompletionScheduleGapGrowthAndStatus() throws Exception {
        Table table = Reports.table(Reports.run("progress", fixture.input()), "progress");
        assertThat(rows(table)).containsExactly(
                // city: 9000 + 6844 = 15844 (west sent nothing); 15844 / 38000 = 41.69 %, / 40000 = 39.61 %;
                // gap 41.69 − 41.67 = +0.02; growth (15844 − (10000 + 5000)) / 15000 = +5.63 %
                "实际利用外资 | 全市 | 万美元 | 38000万美元 | 40000万美元 | 15844万美元 | 41.69% | 39.61% | 41.67% | +0.02pp | 5.63% | ahead",
                // east: 9000 / 20000 = 45.00 %, / 22000 = 40.91 %; 45.00 − 41.67 = +3.33; a decline: 9000 / 10000 − 1 = −10 %
                "实际利用外资 | 东县 | 万美元 | 20000万美元 | 22000万美元 | 9000万美元 | 45.00% | 40.91% | 41.67% | +3.33pp | -10.00% | ahead",
                // west: a share but no report
                "实际利用外资 | 西县 | 万美元 | 13000万美元 | 14000万美元 | -(no actual) | -(no actual) | -(no actual) | 41.67% "
                        + "| -(no actual) | -(no actual) | no-data",
                // zone beyond 100 % (超额完成): 6844 / 5000 = 136.88 %, / 6000 = 114.07 %; 136.88 − 41.67 = 95.21;
                // growth 6844 / 5000 − 1 = +36.88 %
                "实际利用外资 | 高新区 | 万美元 | 5000万美元 | 6000万美元 | 6844万美元 | 136.88% | 114.07% | 41.67% | +95.21pp | 36.88% | ahead",
                // a 力争-only target: 500 / 1000 = 50.00 %, judged against 力争 (50.00 > 41.67); no last-year figure
                "外贸出口 | 全市 | 万美元 | -(no guarantee level) | 1000万美元 | 500万美元 | -(no guarantee level) | 50.00% | 41.67% "
                        + "| -(no guarantee level) | —(no figure for last year) | ahead");
    }

    @Test
    void theGapIsTheDifferenceOfTheDisplayedPercentages() throws Exception {
        Table table = Reports.table(Reports.run("progress", fixture.input()), "progress");
        // 15844 / 38000 × 100 = 41.694736842105263…; 5/12 × 100 = 41.666666666666666…
        assertThat(((Value.Percent) Reports.cell(table, 0, "completionGuarantee")).value())
                .isEqualByComparingTo("41.69473684210526");
        assertThat(((Value.Percent) Reports.cell(table, 0, "elapsed")).value()).isEqualByComparingTo("41.66666666666667");
        // unrounded 0.02807… would show as 0.03; the bulletin prints 41.69 − 41.67 = 0.02
        assertThat(((Value.Points) Reports.cell(table, 0, "gap")).value()).isEqualByComparingTo("0.02");
    }

    @Test
    void rowsCarryTheirTargetOrShare() throws Exception {
        Table table = Reports.table(Reports.run("progress", fixture.input()), "progress");
        assertThat(List.of(Reports.element(table, 0), Reports.element(table, 1), Reports.element(table, 2),
                Reports.element(table, 3), Reports.element(table, 4))).containsExactly(EcoreUtil.getURI(cityFdi),
                        EcoreUtil.getURI(eastShare), EcoreUtil.getURI(westShare), EcoreUtil.getURI(zoneShare),
                        EcoreUtil.getURI(cityExport));
    }

    @Test
    void aRollUpNamesTheUnitsWithATaskThatSentNothingAndWhatCouldNotBeUsedIsListed() throws Exception {
        ReportData data = Reports.run("progress", fixture.input());
        // the department has no FDI task: it is not expected to report, so only 西县 is named
        assertThat(Reports.table(data, "progress").notes())
                .containsExactly("全市 实际利用外资: actual summed from its units; no data from 西县");
        assertThat(data.omissions()).containsExactlyInAnyOrder(
                "plan.podium:3: 全市 实际利用外资: actual summed from its units; no data from 西县",
                "plan.podium:9: 高新区 外贸出口: target left out: target in 万元, actuals in 万美元",
                "plan.podium:10: target left out: its indicator is missing or not in the model");
    }

    @Test
    void aCompletionChartPerIndicatorWithTheTimeScheduleAsMarker() throws Exception {
        ReportData data = Reports.run("progress", fixture.input());
        // 外贸出口 has no 确保 level anywhere: no completion against it, no chart
        assertThat(data.charts()).singleElement().satisfies(chart -> {
            assertThat(chart.kind()).isEqualTo(Chart.Kind.PROGRESS);
            assertThat(chart.unit()).isEqualTo(Unit.PERCENT);
            assertThat(chart.categories()).containsExactly("全市", "东县", "西县", "高新区");
            assertThat(chart.series()).singleElement().satisfies(s -> assertThat(s.values())
                    .containsExactly(new BigDecimal("41.69"), new BigDecimal("45.00"), null, new BigDecimal("136.88")));
            assertThat(chart.markers()).containsExactly(new Chart.Marker("Time schedule", new BigDecimal("41.67")));
        });
    }

    @Test
    void theOrganisationAndIndicatorParametersFilterRows() throws Exception {
        Table east = Reports.table(Reports.run("progress", fixture.input(), Reports.choices("东县", List.of(), Map.of())),
                "progress");
        assertThat(rows(east, "indicator", "organisation", "actual")).containsExactly("实际利用外资 | 东县 | 9000万美元");
        Table export = Reports.table(Reports.run("progress", fixture.input(), Reports.choices(null, List.of("外贸出口"),
                Map.of())), "progress");
        assertThat(rows(export, "indicator", "organisation", "completionStrive")).containsExactly("外贸出口 | 全市 | 50.00%");
    }

    @Test
    void aRolledUpGrowthNeedsLastYearsFigureOfEveryUnitThatReported() throws Exception {
        ModelBuilder b = new ModelBuilder("test");
        b.plan("plan", "2004年计划", "2004", "2004-05-31");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation east = b.child(city, "east", "东县", OrganisationKind.COUNTY);
        Organisation west = b.child(city, "west", "西县", OrganisationKind.COUNTY);
        Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        b.target(fdi, city, "2004", "1000", null);
        b.actual(fdi, east, "2004-05", Basis.CUMULATIVE, "100").setPreviousYear(new BigDecimal("80"));
        b.actual(fdi, west, "2004-05", Basis.CUMULATIVE, "50");
        Table table = Reports.table(Reports.run("progress", new Reports.Fixture(b.file()).input()), "progress");
        // 100 + 50 = 150, but only 东县 has last year's figure: 150 against 80 would not compare like with like
        assertThat(rows(table, "organisation", "actual", "yoy"))
                .containsExactly("全市 | 150万美元 | —(no figure for last year from 西县)");
    }

    @Test
    void withoutAPlanOrActualsThereIsNoMonthToReportOn() throws Exception {
        ModelBuilder b = new ModelBuilder("empty");
        b.organisation("city", "全市", OrganisationKind.CITY);
        ReportOutcome outcome = Reports.outcome("progress", new Reports.Fixture(b.file()).input(),
                ParameterChoices.defaults());
        assertThat(outcome).isInstanceOfSatisfying(ReportOutcome.Failed.class, failed -> {
            assertThat(failed.pluginFault()).isFalse();
            assertThat(failed.message()).isEqualTo(
                    "No as-of month: the workspace has neither a plan with an as-of date nor any actuals.");
        });
    }

    @Test
    void parametersAreShownAboveTheReport() throws Exception {
        ReportData data = Reports.run("progress", fixture.input());
        assertThat(data.title()).isEqualTo("Progress against targets as of 5/2004");
        assertThat(data.parameters()).extracting(p -> p.label() + "=" + p.value()).containsExactly("As of month=5/2004",
                "Target period=2004", "Organisation=all", "Indicators=all");
    }
}
