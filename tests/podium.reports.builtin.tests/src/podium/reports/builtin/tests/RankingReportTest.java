/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.reports.builtin.tests.Reports.rows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.model.Actual;
import podium.model.Basis;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PeerGroup;
import podium.model.RankObservation;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.reports.api.Chart;
import podium.reports.api.ReportData;
import podium.reports.api.Table;

/**
 * 排名 as of May 2004: the city's recorded ranks in the province (up two places in FDI, down two in exports),
 * its growth against the province's members with data, and its four counties ranked by amount, completion
 * (ties 1, 2, 2, 4) and growth, as a bulletin's 附表 ranks them.
 */
class RankingReportTest {

    private Reports.Fixture fixture;

    @BeforeEach
    void setUp() {
        ModelBuilder b = new ModelBuilder("test");
        b.plan("plan", "2004年计划", "2004", "2004-05-31");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation east = b.child(city, "east", "东县", OrganisationKind.COUNTY);
        Organisation west = b.child(city, "west", "西县", OrganisationKind.COUNTY);
        Organisation zone = b.child(city, "zone", "高新区", OrganisationKind.ZONE);
        Organisation north = b.child(city, "north", "北县", OrganisationKind.COUNTY);
        Organisation other = b.organisation("other", "乙市", OrganisationKind.CITY);
        Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        Indicator export = b.indicator("EXP", "外贸出口", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        Indicator investment = b.indicator("INV", "固定资产投资", Unit.HUNDRED_MILLION_YUAN, IndicatorKind.FLOW);
        PeerGroup province = b.peerGroup("province", "全省21个统计单位", 21, city, other);
        PeerGroup cities = b.peerGroup("cities", "全省18个省辖市", 18, city, other);
        fdi.setPeerGroup(province);
        export.setPeerGroup(cities);
        b.target(fdi, city, "2004", "3700", null);
        Decomposition split = b.decomposition(fdi, city, "2004");
        b.share(split, east, "2000", null);
        b.share(split, west, "600", null);
        b.share(split, zone, "600", null);
        b.share(split, north, "500", null);
        actual(b, fdi, east, "900", "1000");
        actual(b, fdi, west, "270", "200");
        actual(b, fdi, zone, "300", "240");
        actual(b, fdi, north, "100", "100");
        actual(b, fdi, other, "2000", "1600");
        b.rank(fdi, city, province, "2004-04", 9);
        b.rank(fdi, city, province, "2004-05", 7);
        b.rank(fdi, other, province, "2004-05", 12);
        RankObservation exportApril = b.rank(export, city, cities, "2004-04", 3);
        exportApril.setOf(18);
        b.rank(export, city, cities, "2004-05", 5).setOf(18);
        // an indicator without a peer group of its own: its ranks count in whatever group they were published for
        b.rank(investment, city, province, "2004-05", 3);
        fixture = new Reports.Fixture(b.file());
    }

    @Test
    void aMonthWithoutPublishedRanksSaysSoAndNamesTheLatestMonthThatHasThem() throws Exception {
        // June: the actuals may be in, the province has not published its ranks yet; May's are the latest
        ReportData june = Reports.run("ranking", fixture.input(),
                new podium.reports.ParameterChoices("2004-06", null, null, List.of(), null, Map.of()));
        Table ranks = Reports.table(june, "ranks");
        assertThat(rows(ranks)).isEmpty();
        assertThat(ranks.notes()).containsExactly(
                "No rank is recorded for 6/2004 yet; the latest recorded is for 5/2004 (see the report as of that month).");
        // March: before any rank
        Table march = Reports.table(Reports.run("ranking", fixture.input(),
                new podium.reports.ParameterChoices("2004-03", null, null, List.of(), null, Map.of())), "ranks");
        assertThat(march.notes()).containsExactly("No rank is recorded for 3/2004.");
    }

    private static Actual actual(ModelBuilder b, Indicator indicator, Organisation org, String may, String lastYear) {
        Actual a = b.actual(indicator, org, "2004-05", Basis.CUMULATIVE, may);
        a.setPreviousYear(new BigDecimal(lastYear));
        return a;
    }

    @Test
    void recordedRanksOfTheMonthWithTheMovementSinceThePreviousMonth() throws Exception {
        Table ranks = Reports.table(Reports.run("ranking", fixture.input()), "ranks");
        assertThat(rows(ranks)).containsExactly(
                // 9th in April, 7th in May: up two places
                "实际利用外资 | 全市 | 全省21个统计单位 | total | #7/21 | #9/21 | +2",
                "实际利用外资 | 乙市 | 全省21个统计单位 | total | #12/21 | -(no rank recorded for 4/2004) "
                        + "| -(no rank recorded for 4/2004)",
                // 3rd in April, 5th in May: down two places
                "外贸出口 | 全市 | 全省18个省辖市 | total | #5/18 | #3/18 | -2",
                "固定资产投资 | 全市 | 全省21个统计单位 | total | #3/21 | -(no rank recorded for 4/2004) "
                        + "| -(no rank recorded for 4/2004)");
    }

    @Test
    void growthAgainstTheGroupFromTheMembersActualsRolledUp() throws Exception {
        Table growth = Reports.table(Reports.run("ranking", fixture.input()), "growth");
        assertThat(rows(growth)).containsExactly(
                // city = its counties: 900 + 270 + 300 + 100 = 1570 against 1000 + 200 + 240 + 100 = 1540: +1.95 %;
                // group: (1570 + 2000) / (1540 + 1600) − 1 = 3570 / 3140 − 1 = +13.69 %; 1.95 − 13.69 = −11.74
                "实际利用外资 | 全市 | 全省21个统计单位 | 1.95% | 13.69% | -11.74pp",
                // 乙市: 2000 / 1600 − 1 = +25 %; 25.00 − 13.69 = +11.31
                "实际利用外资 | 乙市 | 全省21个统计单位 | 25.00% | 13.69% | +11.31pp",
                // exports: no actuals at all
                "外贸出口 | 全市 | 全省18个省辖市 | -(no actual) | -(needs the growth of at least two members; the model has 0) "
                        + "| -(no growth)",
                "外贸出口 | 乙市 | 全省18个省辖市 | -(no actual) | -(needs the growth of at least two members; the model has 0) "
                        + "| -(no growth)");
    }

    @Test
    void theUnitsOfADecompositionRankedWithTiesAsInABulletinsAnnex() throws Exception {
        Table units = Reports.table(Reports.run("ranking", fixture.input()), "units-1");
        assertThat(units.title()).isEqualTo("实际利用外资 by unit of 全市");
        assertThat(rows(units)).containsExactly(
                // amounts 900, 270, 300, 100 → 1, 3, 2, 4
                // completion 900/2000 = 45 %, 270/600 = 45 %, 300/600 = 50 %, 100/500 = 20 % → 2, 2, 1, 4 (competition ranking)
                // growth 900/1000 − 1 = −10 %, 270/200 − 1 = +35 %, 300/240 − 1 = +25 %, 0 % → 4, 1, 2, 3
                "东县 | 900万美元(#1/4) | 45.00%(#2/4) | -10.00%(#4/4)",
                "西县 | 270万美元(#3/4) | 45.00%(#2/4) | 35.00%(#1/4)",
                "高新区 | 300万美元(#2/4) | 50.00%(#1/4) | 25.00%(#2/4)",
                "北县 | 100万美元(#4/4) | 20.00%(#4/4) | 0.00%(#3/4)");
    }

    @Test
    void aUnitChosenAloneKeepsItsRankAmongAllUnits() throws Exception {
        ReportData data = Reports.run("ranking", fixture.input(), Reports.choices("东县", List.of(), Map.of()));
        assertThat(rows(Reports.table(data, "ranks"))).isEmpty();
        assertThat(rows(Reports.table(data, "growth"))).isEmpty();
        assertThat(rows(Reports.table(data, "units-1"))).containsExactly("东县 | 900万美元(#1/4) | 45.00%(#2/4) | -10.00%(#4/4)");
    }

    @Test
    void aLineChartOfTheRecordedRankOverTheMonthsOfThePeriod() throws Exception {
        List<Chart> charts = Reports.run("ranking", fixture.input()).charts();
        assertThat(charts).extracting(Chart::title).containsExactly("实际利用外资: rank by month", "外贸出口: rank by month",
                "固定资产投资: rank by month");
        Chart fdi = charts.get(0);
        assertThat(fdi.kind()).isEqualTo(Chart.Kind.LINE);
        assertThat(fdi.unit()).isEqualTo(Unit.RANK_POSITION);
        assertThat(fdi.categories()).containsExactly("1/2004", "2/2004", "3/2004", "4/2004", "5/2004");
        assertThat(fdi.series()).extracting(Chart.Series::name).containsExactly("全市 (total)", "乙市 (total)");
        assertThat(fdi.series().get(0).values()).containsExactlyElementsOf(
                Arrays.asList(null, null, null, BigDecimal.valueOf(9), BigDecimal.valueOf(7)));
        assertThat(charts.get(1).series().get(0).values()).containsExactlyElementsOf(
                Arrays.asList(null, null, null, BigDecimal.valueOf(3), BigDecimal.valueOf(5)));
    }

    @Test
    void aChosenPeerGroupReplacesEachIndicatorsOwn() throws Exception {
        ReportData data = Reports.run("ranking", fixture.input(),
                new podium.reports.ParameterChoices(null, null, null, List.of(), "全省18个省辖市", Map.of()));
        // only the exports ranks are in the 18 cities; the growth of every indicator is now compared within them
        assertThat(rows(Reports.table(data, "ranks"), "indicator", "rank")).containsExactly("外贸出口 | #5/18");
        assertThat(rows(Reports.table(data, "growth"), "indicator", "organisation", "group", "difference")).containsExactly(
                "实际利用外资 | 全市 | 全省18个省辖市 | -11.74pp", "实际利用外资 | 乙市 | 全省18个省辖市 | +11.31pp",
                "外贸出口 | 全市 | 全省18个省辖市 | -(no growth)", "外贸出口 | 乙市 | 全省18个省辖市 | -(no growth)",
                "固定资产投资 | 全市 | 全省18个省辖市 | -(no growth)", "固定资产投资 | 乙市 | 全省18个省辖市 | -(no growth)");
    }
}
