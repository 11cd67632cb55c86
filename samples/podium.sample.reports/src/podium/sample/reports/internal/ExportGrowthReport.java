/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.sample.reports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import podium.compute.ActualsTable;
import podium.compute.PeerGrowth;
import podium.compute.Ranking;
import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Plan;
import podium.model.Unit;
import podium.model.query.ModelIndex;
import podium.model.time.Month;
import podium.reports.api.Chart;
import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;
import podium.reports.api.Table;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;

/**
 * 各县市区出口增速对比: each county, district or zone below the chosen organisation (by default the
 * plan's, i.e. the counties of the city) with its cumulative value to the as-of month, last year's, its year-on-year
 * growth, the difference from the growth of all of them together, and its place by growth.
 */
public final class ExportGrowthReport implements ReportProducer {

    /** The indicator used when the user chose none. */
    static final String DEFAULT_INDICATOR = "外贸出口";

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) throws ReportException {
        ModelIndex model = input.model();
        Indicator indicator = parameters.indicators().isEmpty()
                ? model.indicator(DEFAULT_INDICATOR).orElseThrow(() -> new ReportException(Messages.Report_noIndicator))
                : parameters.indicators().get(0);
        Organisation parent = parameters.organisation() != null ? parameters.organisation()
                : model.plan().map(Plan::getOrganisation)
                        .orElseThrow(() -> new ReportException(Messages.Report_noOrganisation));
        Month month = parameters.asOf();
        if (month == null) {
            throw new ReportException(Messages.Report_noMonth);
        }
        ActualsTable actuals = ActualsTable.of(model.actuals());
        List<Organisation> units = parent.getChildren().stream().filter(ExportGrowthReport::isTerritorial).toList();
        PeerGrowth growth = PeerGrowth.of(actuals, indicator, units, month);
        Unit unit = actuals.series(indicator, parent).unit();
        List<String> omissions = new ArrayList<>();
        Table table = table(growth, unit, omissions);
        String title = NLS.bind(Messages.Report_title, new Object[] {month.year(), month.month(), indicator.getTitle()});
        List<ReportData.Parameter> shown = List.of(new ReportData.Parameter(Messages.Report_month, month.toString()),
                new ReportData.Parameter(Messages.Report_parent, parent.getTitle() != null ? parent.getTitle() : parent.getName()));
        return new ReportData("sample.exportGrowth", title, shown, List.of(table, chart(growth)), omissions);
    }

    private static Table table(PeerGrowth growth, Unit unit, List<String> omissions) {
        Table.Builder table = Table.builder("growth", Messages.Report_tableTitle)
                .column("unit", Messages.Column_unit, Column.Type.TEXT)
                .column("toDate", Messages.Column_toDate, Column.Type.AMOUNT)
                .column("lastYear", Messages.Column_lastYear, Column.Type.AMOUNT)
                .column("growth", Messages.Column_growth, Column.Type.PERCENT)
                .column("vsAverage", Messages.Column_vsAverage, Column.Type.POINTS)
                .column("place", Messages.Column_place, Column.Type.RANK);
        int ranked = (int) growth.ranking().stream().filter(e -> e.rank() != null).count();
        for (PeerGrowth.Member member : growth.members()) {
            Organisation org = member.organisation();
            Integer place = Ranking.rankOf(growth.ranking(), org);
            if (member.growth() == null) {
                omissions.add(NLS.bind(Messages.Report_noGrowth, name(org)));
            }
            table.row(org, new Value.Text(name(org)), amount(member.values().current(), unit),
                    amount(member.values().previous(), unit),
                    member.growth() == null ? new Value.Empty(Messages.Report_noGrowthReason) : new Value.Percent(member.growth()),
                    member.differenceFromAverage() == null ? new Value.Empty(Messages.Report_noGrowthReason)
                            : new Value.Points(member.differenceFromAverage()),
                    place == null ? new Value.Empty(Messages.Report_noGrowthReason) : new Value.Rank(place, ranked));
        }
        if (growth.average() != null) {
            table.note(NLS.bind(Messages.Report_averageNote, Formats.current().percent(growth.average())));
        }
        return table.build();
    }

    private static Chart chart(PeerGrowth growth) {
        List<String> units = growth.members().stream().map(m -> name(m.organisation())).toList();
        List<BigDecimal> rates = growth.members().stream().map(PeerGrowth.Member::growth).toList();
        List<Chart.Marker> markers = growth.average() == null ? List.of()
                : List.of(new Chart.Marker(Messages.Chart_average, growth.average()));
        return new Chart("growth", Messages.Chart_title, Chart.Kind.BAR, units,
                List.of(new Chart.Series(Messages.Column_growth, rates)), Unit.PERCENT, markers);
    }

    /** Counties, districts and zones (县市区), not the city's departments or enterprises. */
    private static boolean isTerritorial(Organisation org) {
        return org.getKind() != OrganisationKind.DEPARTMENT && org.getKind() != OrganisationKind.ENTERPRISE;
    }

    private static Value amount(BigDecimal value, Unit unit) {
        return value == null ? new Value.Empty(Messages.Report_noData) : new Value.Amount(value, unit);
    }

    private static String name(Organisation org) {
        return org.getTitle() != null ? org.getTitle() : org.getName();
    }
}
