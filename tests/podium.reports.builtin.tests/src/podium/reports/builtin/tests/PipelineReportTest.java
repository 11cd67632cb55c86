/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static podium.reports.builtin.tests.Reports.rows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Project;
import podium.model.ProjectStage;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.reports.ReportOutcome;
import podium.reports.api.Chart;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportParameters;
import podium.reports.api.Row;
import podium.reports.api.Table;

/**
 * 项目推进 as of August 2004 (31 August) on five projects, one per stage, amounts in 万美元, plus one whose
 * amounts are in 万元 and cannot be added to them.
 */
class PipelineReportTest {

    private Reports.Fixture fixture;
    private Project tracking;
    private Project signed;

    @BeforeEach
    void setUp() {
        ModelBuilder b = new ModelBuilder("test");
        b.plan("plan", "2004年计划", "2004", "2004-08-31");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation east = b.child(city, "east", "东县", OrganisationKind.COUNTY);
        Organisation west = b.child(city, "west", "西县", OrganisationKind.COUNTY);
        Organisation zone = b.child(city, "zone", "高新区", OrganisationKind.ZONE);
        tracking = project(b, "P1", "在谈项目", east, ProjectStage.TRACKING, null, null, "张副市长");
        b.stageChange(tracking, ProjectStage.TRACKING, "2004-02-01");
        signed = project(b, "P2", "签约项目", east, ProjectStage.SIGNED, "1000", null, "张副市长");
        b.stageChange(signed, ProjectStage.SIGNED, "2004-05-31");
        Project registered = project(b, "P3", "注册项目", west, ProjectStage.REGISTERED, "2000", "500", "李副市长");
        b.stageChange(registered, ProjectStage.REGISTERED, "2004-06-01");
        project(b, "P4", "在建项目", west, ProjectStage.STARTED, "3000", "1500", "李副市长");
        Project producing = project(b, "P5", "投产项目", zone, ProjectStage.PRODUCING, "4000", "4000", "张副市长");
        b.stageChange(producing, ProjectStage.PRODUCING, "2004-03-01");
        Project yuan = b.project("P6", "人民币项目", zone, ProjectStage.SIGNED, "500", null, Unit.TEN_THOUSAND_YUAN);
        fixture = new Reports.Fixture(b.file()).at(yuan, "projects.podium:20");
    }

    private static Project project(ModelBuilder b, String name, String title, Organisation org, ProjectStage stage,
            String contract, String paidIn, String leader) {
        Project p = b.project(name, title, org, stage, contract, paidIn, Unit.TEN_THOUSAND_USD);
        p.setLeader(leader);
        return p;
    }

    @Test
    void theFunnelWithTheConversionFromEachStageToTheNext() throws Exception {
        Table funnel = Reports.table(Reports.run("pipeline", fixture.input()), "funnel");
        assertThat(rows(funnel)).containsExactly(
                // at this stage or beyond: 5, 4, 3, 2, 1 → 4/5 = 80 %, 3/4 = 75 %, 2/3 = 66.67 %, 1/2 = 50 %
                "Tracking, negotiating | 1 | 0万美元 | 0万美元 | 80.00%",
                "Signed | 1 | 1000万美元 | 0万美元 | 75.00%",
                "Registered, approved | 1 | 2000万美元 | 500万美元 | 66.67%",
                "Under construction | 1 | 3000万美元 | 1500万美元 | 50.00%",
                "In production | 1 | 4000万美元 | 4000万美元 | -(last stage)",
                // 1000 + 2000 + 3000 + 4000 = 10000; 500 + 1500 + 4000 = 6000
                "Total | 5 | 10000万美元 | 6000万美元 | -(not applicable)");
        assertThat(Reports.kinds(funnel)).containsExactly(Row.Kind.DATA, Row.Kind.DATA, Row.Kind.DATA, Row.Kind.DATA,
                Row.Kind.DATA, Row.Kind.TOTAL);
    }

    @Test
    void theThreeRates() throws Exception {
        Table rates = Reports.table(Reports.run("pipeline", fixture.input()), "rates");
        assertThat(rows(rates, "rate", "value")).containsExactly(
                // registered or beyond 2000 + 3000 + 4000 = 9000 of the signed projects' 10000
                "Contract amount realised | 90.00%",
                // paid in 0 + 500 + 1500 + 4000 = 6000 of 10000
                "Capital paid in | 60.00%",
                // signed projects started or beyond: P4, P5 = 2 of 4
                "Signed projects advancing | 50.00%");
    }

    @Test
    void projectsWithoutAStageChangeForThreeMonthsAsOfTheLastDayOfTheMonth() throws Exception {
        Table stalled = Reports.table(Reports.run("pipeline", fixture.input()), "stalled");
        assertThat(stalled.title()).isEqualTo("No stage change for 3 months or more as of 31 August 2004");
        assertThat(rows(stalled)).containsExactly(
                // 1 February → 31 August: 29 + 31 + 30 + 31 + 30 + 31 + 30 = 212 days
                "在谈项目 | 东县 | 张副市长 | Tracking, negotiating | 2004-02-01 | 212",
                // 31 May is exactly three months before 31 August (92 days): stalled; 1 June (P3) is not
                "签约项目 | 东县 | 张副市长 | Signed | 2004-05-31 | 92");
        assertThat(List.of(Reports.element(stalled, 0), Reports.element(stalled, 1)))
                .containsExactly(EcoreUtil.getURI(tracking), EcoreUtil.getURI(signed));
        assertThat(stalled.notes()).containsExactly("No dated stage change, stall unknown: 在建项目");
    }

    @Test
    void theStalledMonthsOption() throws Exception {
        ReportData data = Reports.run("pipeline", fixture.input(), Reports.choices(null, List.of(),
                Map.of("stalledMonths", "1")));
        // a month before 31 August is 31 July: P3 (1 June, 91 days) is stalled too
        assertThat(rows(Reports.table(data, "stalled"), "project", "days")).containsExactly("在谈项目 | 212",
                "签约项目 | 92", "注册项目 | 91");
        assertThat(data.parameters()).extracting(p -> p.label() + "=" + p.value()).contains("Stalled after (months)=1");
    }

    @Test
    void aNegativeNumberOfMonthsIsRefusedBeforeTheReportRuns() {
        assertThatThrownBy(() -> Reports.outcome("pipeline", fixture.input(),
                Reports.choices(null, List.of(), Map.of("stalledMonths", "-1"))))
                .isInstanceOf(ReportException.class)
                .hasMessage("option stalledMonths needs a whole number of 0 or more, not \"-1\"");
    }

    @Test
    void theReportItselfRefusesANegativeNumberOfMonthsGivenUnchecked() {
        ReportOutcome outcome = Reports.outcome("pipeline", fixture.input(), new ReportParameters(Month.of(2004, 8),
                Period.year(2004), null, List.of(), null, Map.of("stalledMonths", "-1")));
        assertThat(outcome).isInstanceOfSatisfying(ReportOutcome.Failed.class, failed -> {
            assertThat(failed.pluginFault()).isFalse();
            assertThat(failed.message()).isEqualTo("Stalled after (months) must be a whole number of 0 or more, not \"-1\".");
        });
    }

    @Test
    void theSameFiguresByOrganisationAndByLeader() throws Exception {
        ReportData data = Reports.run("pipeline", fixture.input());
        assertThat(rows(Reports.table(data, "byOrganisation"))).containsExactly(
                // P1, P2: signed 1; contract 1000, paid 0; registered or beyond 0 of 1000 = 0 %; 0 %; 0 of 1 started
                "东县 | 2 | 1 | 1000万美元 | 0万美元 | 0.00% | 0.00% | 0.00% | 2",
                // P3, P4: 5000 of 5000 registered or beyond = 100 %; 2000 / 5000 = 40 %; P4 of 2 started = 50 %
                "西县 | 2 | 2 | 5000万美元 | 2000万美元 | 100.00% | 40.00% | 50.00% | 0",
                // P5 (P6 in 万元 left out): 100 % each
                "高新区 | 1 | 1 | 4000万美元 | 4000万美元 | 100.00% | 100.00% | 100.00% | 0");
        assertThat(rows(Reports.table(data, "byLeader"))).containsExactly(
                // P1, P2, P5: signed P2, P5: contract 1000 + 4000; registered or beyond 4000 / 5000 = 80 %;
                // paid 4000 / 5000 = 80 %; started or beyond 1 of 2 = 50 %; stalled P1, P2
                "张副市长 | 3 | 2 | 5000万美元 | 4000万美元 | 80.00% | 80.00% | 50.00% | 2",
                // P6 has no leader, but it is left out (amounts in 万元): no row for it
                "李副市长 | 2 | 2 | 5000万美元 | 2000万美元 | 100.00% | 40.00% | 50.00% | 0");
    }

    @Test
    void amountsThatDoNotConvertAreLeftOutAndListed() throws Exception {
        ReportData data = Reports.run("pipeline", fixture.input());
        assertThat(data.omissions())
                .containsExactly("projects.podium:20: project 人民币项目 left out: its amounts do not convert to 万美元");
    }

    @Test
    void barChartsOfProjectsAndAmountsByStage() throws Exception {
        List<Chart> charts = Reports.run("pipeline", fixture.input()).charts();
        assertThat(charts).extracting(Chart::kind).containsOnly(Chart.Kind.BAR);
        assertThat(charts.get(0).series().get(0).values()).containsExactly(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE);
        assertThat(charts.get(1).unit()).isEqualTo(Unit.TEN_THOUSAND_USD);
        assertThat(charts.get(1).series()).extracting(Chart.Series::name).containsExactly("Contract amount", "Paid in");
    }

    @Test
    void theOrganisationParameterKeepsTheProjectsOfTheSubtree() throws Exception {
        ReportData data = Reports.run("pipeline", fixture.input(), Reports.choices("西县", List.of(), Map.of()));
        assertThat(rows(Reports.table(data, "funnel"), "stage", "projects")).containsExactly("Tracking, negotiating | 0",
                "Signed | 0", "Registered, approved | 1", "Under construction | 1", "In production | 0", "Total | 2");
        assertThat(rows(Reports.table(data, "byOrganisation"), "group")).containsExactly("西县");
    }
}
