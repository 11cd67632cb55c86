/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.reports.builtin.tests.Reports.rows;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.model.Basis;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Share;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.reports.api.ReportData;
import podium.reports.api.Table;

/** 零进度 as of May 2004: a reported 0 (未实现零的突破) and a missing report are two different things. */
class ZeroProgressReportTest {

    private Reports.Fixture fixture;
    private Share eastShare;

    @BeforeEach
    void setUp() {
        ModelBuilder b = new ModelBuilder("test");
        b.plan("plan", "2004年计划", "2004", "2004-05-31");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation east = b.child(city, "east", "东县", OrganisationKind.COUNTY);
        Organisation west = b.child(city, "west", "西县", OrganisationKind.COUNTY);
        Organisation zone = b.child(city, "zone", "高新区", OrganisationKind.ZONE);
        Organisation north = b.child(city, "north", "北县", OrganisationKind.COUNTY);
        Organisation south = b.child(city, "south", "南县", OrganisationKind.COUNTY);
        Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        Indicator export = b.indicator("EXP", "外贸出口", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        Decomposition split = b.decomposition(fdi, city, "2004");
        eastShare = b.share(split, east, "500", "600");
        b.share(split, west, "300", null);
        b.share(split, zone, "200", null);
        b.share(split, north, "100", null);
        b.share(split, south, "0", null);
        // east reported 0 for January to May, month by month
        for (int m = 1; m <= 5; m++) {
            b.actual(fdi, east, "2004-0" + m, Basis.MONTHLY, "0");
        }
        b.actual(fdi, west, "2004-04", Basis.CUMULATIVE, "30");
        b.actual(fdi, north, "2004-05", Basis.CUMULATIVE, "50");
        b.actual(fdi, south, "2004-05", Basis.CUMULATIVE, "0");
        b.target(export, city, "2004", "1000", null);
        b.actual(export, city, "2004-05", Basis.CUMULATIVE, "0");
        fixture = new Reports.Fixture(b.file());
    }

    @Test
    void zeroAgainstAPositiveTargetApartFromNoReport() throws Exception {
        ReportData data = Reports.run("zero-progress", fixture.input());
        assertThat(data.tables()).extracting(Table::id).containsExactly("zero", "noReport");
        Table zero = Reports.table(data, "zero");
        assertThat(rows(zero)).containsExactly(
                // 0 + 0 + 0 + 0 + 0 = 0 against 500; 序时进度 5/12 = 41.67 %
                "实际利用外资 | 东县 | 万美元 | 500万美元 | 600万美元 | 0万美元 | 41.67%",
                // the city's own 0 against 1000 (南县 also reported 0, but its share is 0: nothing to break through)
                "外贸出口 | 全市 | 万美元 | 1000万美元 | -(no strive level) | 0万美元 | 41.67%");
        assertThat(Reports.element(zero, 0)).isEqualTo(EcoreUtil.getURI(eastShare));
        Table none = Reports.table(data, "noReport");
        assertThat(none.title()).isEqualTo("No figure reported for 5/2004");
        assertThat(rows(none)).containsExactly(
                // west reported 30 for January–April, nothing for May
                "实际利用外资 | 西县 | 万美元 | 300万美元 | -(no strive level) | 4/2004 | 30万美元",
                "实际利用外资 | 高新区 | 万美元 | 200万美元 | -(no strive level) | -(no figure this year) | -(no figure this year)");
        assertThat(none.notes()).containsExactly("These units sent no figure for the month; that is not the same as 0.");
    }

    @Test
    void theOrganisationAndIndicatorParametersFilterBothGroups() throws Exception {
        ReportData west = Reports.run("zero-progress", fixture.input(), Reports.choices("西县", List.of(), Map.of()));
        assertThat(rows(Reports.table(west, "zero"))).isEmpty();
        assertThat(rows(Reports.table(west, "noReport"), "organisation")).containsExactly("西县");
        ReportData export = Reports.run("zero-progress", fixture.input(), Reports.choices(null, List.of("EXP"), Map.of()));
        assertThat(rows(Reports.table(export, "zero"), "indicator", "organisation")).containsExactly("外贸出口 | 全市");
        assertThat(rows(Reports.table(export, "noReport"))).isEmpty();
        // an empty table says why it is empty instead of explaining rows it does not have
        assertThat(Reports.table(export, "noReport").notes()).containsExactly("Every unit with a target reported a figure for 5/2004.");
        assertThat(Reports.table(west, "zero").notes()).containsExactly("No unit with a target is still at 0.");
    }

    @Test
    void aRollUpOfZerosIsZeroProgressAndAParentWithoutAnyReportIsNoReport() throws Exception {
        ModelBuilder b = new ModelBuilder("test");
        b.plan("plan", "2004年计划", "2004", "2004-05-31");
        Organisation city = b.organisation("city", "全市", OrganisationKind.CITY);
        Organisation east = b.child(city, "east", "东县", OrganisationKind.COUNTY);
        b.child(city, "west", "西县", OrganisationKind.COUNTY);
        Organisation town = b.organisation("county", "甲县", OrganisationKind.COUNTY);
        b.child(town, "village", "甲镇", OrganisationKind.OTHER);
        Indicator fdi = b.indicator("FDI", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        b.target(fdi, city, "2004", "1000", null);
        b.target(fdi, town, "2004", "50", null);
        b.actual(fdi, east, "2004-05", Basis.CUMULATIVE, "0");
        ReportData data = Reports.run("zero-progress", new Reports.Fixture(b.file()).input());
        // 全市 = 东县's 0 (西县 sent nothing): still 0; 甲县 and 甲镇 sent nothing at all
        assertThat(rows(Reports.table(data, "zero"), "organisation", "actual")).containsExactly("全市 | 0万美元");
        // no unit below the city has a task of its own, so every unit without data is named
        assertThat(Reports.table(data, "zero").notes())
                .containsExactly("全市 实际利用外资: actual summed from its units; no data from 西县");
        assertThat(data.omissions()).containsExactly("Target: 全市 实际利用外资: actual summed from its units; no data from 西县");
        assertThat(rows(Reports.table(data, "noReport"), "organisation", "lastMonth")).containsExactly(
                "甲县 | -(no figure this year)");
    }
}
