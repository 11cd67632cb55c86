/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.sample.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;
import podium.model.query.ModelIndex;
import podium.reports.ParameterChoices;
import podium.reports.Parameters;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOutcome;
import podium.reports.ReportRegistry;
import podium.reports.ReportRunner;
import podium.reports.api.Chart;
import podium.reports.api.ReportData;
import podium.reports.api.ReportInput;
import podium.reports.api.Table;
import podium.reports.api.Value;

/** The sample report, run as the product runs it: found in the registry, produced by the runner. */
class ExportGrowthReportTest {

    /**
     * A city with four counties and their exports to May 2004 (万美元) against the same months of 2003:
     * 东县 120 vs 100, 西县 90 vs 100, 南县 50 vs 0 (no growth from nothing), 北县 no report; the city's
     * commerce bureau is a department, not one of the counties compared.
     */
    private static ReportData produce() throws Exception {
        ModelBuilder b = new ModelBuilder("sample");
        Organisation city = b.organisation("某市", "某市", OrganisationKind.CITY);
        Organisation east = b.child(city, "东县", "东县", OrganisationKind.COUNTY);
        Organisation west = b.child(city, "西县", "西县", OrganisationKind.COUNTY);
        Organisation south = b.child(city, "南县", "南县", OrganisationKind.COUNTY);
        b.child(city, "北县", "北县", OrganisationKind.COUNTY);
        b.child(city, "商务局", "市商务局", OrganisationKind.DEPARTMENT);
        b.plan("计划", "2004年计划", "2004", "2004-05-31").setOrganisation(city);
        Indicator exports = b.indicator("外贸出口", "外贸出口", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        b.actual(exports, east, "2004-05", Basis.CUMULATIVE, "120").setPreviousYear(new BigDecimal("100"));
        b.actual(exports, west, "2004-05", Basis.CUMULATIVE, "90").setPreviousYear(new BigDecimal("100"));
        b.actual(exports, south, "2004-05", Basis.CUMULATIVE, "50").setPreviousYear(BigDecimal.ZERO);
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/sample.xmi"));
        resource.getContents().add(b.file());

        ReportDescriptor report = ReportRegistry.getDefault().report("sample.exportGrowth").orElseThrow();
        ModelIndex model = ModelIndex.of(resource);
        ReportOutcome outcome = new ReportRunner().run(report, ReportInput.of(model),
                Parameters.resolve(model, report, ParameterChoices.defaults()));
        assertThat(outcome).isInstanceOf(ReportOutcome.Produced.class);
        return ((ReportOutcome.Produced) outcome).data();
    }

    private static Value.Percent percent(String value) {
        return new Value.Percent(new BigDecimal(value));
    }

    @Test
    void eachCountyHasItsGrowthItsDistanceFromTheAverageAndItsPlace() throws Exception {
        ReportData data = produce();
        assertThat(data.title()).isEqualTo("Growth of 外贸出口 by unit, 1-5/2004");
        Table table = data.tables().get(0);
        assertThat(table.rows()).hasSize(4);
        // 东县 (120 − 100) / 100 = +20 %; the average is the growth of the total, (120 + 90 + 50) / (100 + 100 + 0)
        // − 1 = +30 %; so 20.00 − 30.00 = −10.00 points; first of the two that have a growth.
        assertThat(table.rows().get(0).cells()).containsExactly(new Value.Text("东县"),
                new Value.Amount(new BigDecimal("120"), Unit.TEN_THOUSAND_USD),
                new Value.Amount(new BigDecimal("100"), Unit.TEN_THOUSAND_USD), table.rows().get(0).cell(3),
                new Value.Points(new BigDecimal("-10.00")), new Value.Rank(1, 2));
        assertThat(table.rows().get(0).cell(3).number()).isEqualByComparingTo("20");
        // 西县 (90 − 100) / 100 = −10 %; −10.00 − 30.00 = −40.00 points; second.
        assertThat(table.rows().get(1).cell(3).number()).isEqualByComparingTo("-10");
        assertThat(table.rows().get(1).cell(4)).isEqualTo(new Value.Points(new BigDecimal("-40.00")));
        assertThat(table.rows().get(1).cell(5)).isEqualTo(new Value.Rank(2, 2));
        // 南县 has nothing to grow from, 北县 no report: no growth, no place, and both named.
        assertThat(table.rows().get(2).cell(3)).isInstanceOf(Value.Empty.class);
        assertThat(table.rows().get(3).cell(1)).isInstanceOf(Value.Empty.class);
        assertThat(table.rows().get(3).cell(5)).isInstanceOf(Value.Empty.class);
        assertThat(data.omissions()).containsExactly(
                "南县: no growth (no figure this year or last year, or last year's is 0)",
                "北县: no growth (no figure this year or last year, or last year's is 0)");
        assertThat(table.notes()).containsExactly("Average: growth of all units together, 30.00%");
    }

    @Test
    void theChartShowsEachCountysGrowthAgainstTheAverage() throws Exception {
        Chart chart = produce().charts().get(0);
        assertThat(chart.categories()).containsExactly("东县", "西县", "南县", "北县");
        List<BigDecimal> rates = chart.series().get(0).values();
        assertThat(rates.get(0)).isEqualByComparingTo("20");
        assertThat(rates.get(1)).isEqualByComparingTo("-10");
        assertThat(Arrays.asList(rates.get(2), rates.get(3))).containsOnlyNulls();
        assertThat(chart.markers()).singleElement().satisfies(m -> assertThat(m.value()).isEqualByComparingTo("30"));
    }
}
