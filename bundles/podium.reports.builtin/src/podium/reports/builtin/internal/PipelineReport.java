/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import podium.compute.Pipeline;
import podium.compute.PipelineCalculator;
import podium.model.Organisation;
import podium.model.Project;
import podium.model.ProjectStage;
import podium.model.Quantity;
import podium.model.StageChange;
import podium.model.Unit;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.units.Units;
import podium.reports.api.Block;
import podium.reports.api.Chart;
import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Value;
import podium.core.text.Counts;

/**
 * 项目推进: the funnel by stage with the conversion from each stage to the next, the 三率, the projects without
 * a stage change for N months (option {@code stalledMonths}) as of the last day of the data month, and the same
 * figures by responsible organisation and by leader (挂点领导). Stages and amounts are those recorded now.
 */
public final class PipelineReport implements ReportProducer {

    static final String ID = "pipeline"; //$NON-NLS-1$
    static final String STALLED_MONTHS = "stalledMonths"; //$NON-NLS-1$

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) throws ReportException {
        ReportContext context = new ReportContext(input, parameters);
        Month asOf = context.asOf();
        int stalledMonths = context.option(STALLED_MONTHS, 3, Messages.Parameter_stalledMonths);
        Day day = asOf.lastDay();
        int stalledAfterDays = (int) new Day(day.date().minusMonths(stalledMonths)).daysUntil(day);
        List<Project> projects = projects(context);
        Unit unit = unitOf(projects);
        Pipeline all = PipelineCalculator.of(projects, unit, day, stalledAfterDays);
        for (Project skipped : all.skipped()) {
            context.omit(skipped, NLS.bind(Messages.Omission_projectUnit, title(skipped), Units.label(unit)));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(funnel(all, projects, day));
        blocks.add(rates(all));
        blocks.add(stalled(all, stalledMonths, day));
        blocks.add(grouped("byOrganisation", Messages.Pipeline_byOrganisationTable, Messages.Column_organisation, //$NON-NLS-1$
                byOrganisation(context, projects), unit, day, stalledAfterDays));
        blocks.add(grouped("byLeader", Messages.Pipeline_byLeaderTable, Messages.Column_leader, //$NON-NLS-1$
                byLeader(projects), unit, day, stalledAfterDays));
        blocks.addAll(charts(all));
        List<ReportData.Parameter> shown = context.shown(ReportParameters.Kind.AS_OF, ReportParameters.Kind.ORGANISATION);
        shown.add(new ReportData.Parameter(Messages.Parameter_stalledMonths, Integer.toString(stalledMonths)));
        return context.data(ID, NLS.bind(Messages.Pipeline_title, Periods.label(asOf)), shown, blocks);
    }

    /** The projects of the chosen organisations; a project whose organisation is missing is left out. */
    private static List<Project> projects(ReportContext context) {
        List<Project> projects = new ArrayList<>();
        for (Project p : context.model().projects()) {
            if (!ReportContext.resolved(p.getOrganisation())) {
                context.omit(p, NLS.bind(Messages.Omission_projectOrganisation, title(p)));
            } else if (context.includes(p.getOrganisation())) {
                projects.add(p);
            }
        }
        return projects;
    }

    /** The unit most amounts are written in (the first one on a tie); 万美元 when none is written. */
    static Unit unitOf(List<Project> projects) {
        Map<Unit, Integer> counts = new LinkedHashMap<>();
        for (Project p : projects) {
            for (Quantity q : new Quantity[] {p.getContractAmount(), p.getPaidInAmount()}) {
                if (q != null && q.getValue() != null) {
                    counts.merge(q.getUnit(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey)
                .orElse(Unit.TEN_THOUSAND_USD);
    }

    static String title(Project p) {
        return p.getTitle() == null || p.getTitle().isBlank() ? p.getName() : p.getTitle();
    }

    static String stage(ProjectStage stage) {
        return switch (stage) {
            case TRACKING -> Messages.Stage_tracking;
            case SIGNED -> Messages.Stage_signed;
            case REGISTERED -> Messages.Stage_registered;
            case STARTED -> Messages.Stage_started;
            case PRODUCING -> Messages.Stage_producing;
        };
    }

    private static Table funnel(Pipeline pipeline, List<Project> projects, Day day) {
        Unit unit = pipeline.unit();
        Table.Builder table = Table.builder("funnel", Messages.Pipeline_funnelTable) //$NON-NLS-1$
                .column("stage", Messages.Column_stage, Column.Type.TEXT) //$NON-NLS-1$
                .column("projects", Messages.Column_projects, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("contract", NLS.bind(Messages.Column_contractIn, unit.getLiteral()), Column.Type.AMOUNT) //$NON-NLS-1$
                .column("paidIn", NLS.bind(Messages.Column_paidInIn, unit.getLiteral()), Column.Type.AMOUNT) //$NON-NLS-1$
                .column("conversion", Messages.Column_conversion, Column.Type.PERCENT) //$NON-NLS-1$
                .note(Messages.Pipeline_conversionNote);
        int count = 0;
        BigDecimal contract = BigDecimal.ZERO;
        BigDecimal paidIn = BigDecimal.ZERO;
        for (Pipeline.Stage s : pipeline.stages()) {
            Value conversion = s.stage() == ProjectStage.PRODUCING ? new Value.Empty(Messages.Empty_lastStage)
                    : Cells.percent(pipeline.conversion().get(s.stage()), Messages.Empty_noProjectReached);
            table.row(null, Cells.text(stage(s.stage())), Cells.count(s.count()),
                    new Value.Amount(s.contractAmount(), unit), new Value.Amount(s.paidInAmount(), unit), conversion);
            count += s.count();
            contract = contract.add(s.contractAmount());
            paidIn = paidIn.add(s.paidInAmount());
        }
        table.row(Row.Kind.TOTAL, null, Cells.text(Messages.Pipeline_total), Cells.count(count),
                new Value.Amount(contract, unit), new Value.Amount(paidIn, unit), new Value.Empty(Messages.Empty_notApplicable));
        List<String> later = projects.stream().filter(p -> !pipeline.skipped().contains(p))
                .filter(p -> p.getStageChanges().stream().map(StageChange::getDate)
                        .anyMatch(d -> d != null && d.isAfter(day)))
                .map(PipelineReport::title).toList();
        if (!later.isEmpty()) {
            table.note(NLS.bind(Messages.Pipeline_laterChanges, Periods.label(day), ReportContext.join(later)));
        }
        return table.build();
    }

    private static Table rates(Pipeline pipeline) {
        return Table.builder("rates", Messages.Pipeline_ratesTable) //$NON-NLS-1$
                .column("rate", Messages.Column_rate, Column.Type.TEXT) //$NON-NLS-1$
                .column("value", Messages.Column_value, Column.Type.PERCENT) //$NON-NLS-1$
                .column("definition", Messages.Column_definition, Column.Type.TEXT) //$NON-NLS-1$
                .row(null, Cells.text(Messages.Rate_contractRealised),
                        Cells.percent(pipeline.contractRealisedRate(), Messages.Empty_noSignedContract),
                        Cells.text(Messages.Rate_contractRealisedDefinition))
                .row(null, Cells.text(Messages.Rate_paidIn),
                        Cells.percent(pipeline.paidInRate(), Messages.Empty_noSignedContract),
                        Cells.text(Messages.Rate_paidInDefinition))
                .row(null, Cells.text(Messages.Rate_signedAdvancing),
                        Cells.percent(pipeline.signedAdvancingRate(), Messages.Empty_noSignedProject),
                        Cells.text(Messages.Rate_signedAdvancingDefinition))
                .build();
    }

    private static Table stalled(Pipeline pipeline, int months, Day day) {
        Table.Builder table = Table.builder("stalled", Counts.format(Messages.Pipeline_stalledTable, months, Periods.label(day))) //$NON-NLS-1$
                .column("project", Messages.Column_project, Column.Type.TEXT) //$NON-NLS-1$
                .column("organisation", Messages.Column_organisation, Column.Type.TEXT) //$NON-NLS-1$
                .column("leader", Messages.Column_leader, Column.Type.TEXT) //$NON-NLS-1$
                .column("stage", Messages.Column_stage, Column.Type.TEXT) //$NON-NLS-1$
                .column("since", Messages.Column_since, Column.Type.TEXT) //$NON-NLS-1$
                .column("days", Messages.Column_daysStalled, Column.Type.AMOUNT); //$NON-NLS-1$
        for (Pipeline.Stalled s : pipeline.stalled()) {
            Project p = s.project();
            table.row(p, Cells.text(title(p)), Cells.text(ReportContext.label(p.getOrganisation())), leader(p),
                    Cells.text(stage(s.stage())), Cells.text(s.since().toString()), Cells.count(s.days()));
        }
        if (!pipeline.undated().isEmpty()) {
            table.note(NLS.bind(Messages.Pipeline_undated,
                    ReportContext.join(pipeline.undated().stream().map(PipelineReport::title).toList())));
        }
        return table.build();
    }

    private static Value leader(Project p) {
        return p.getLeader() == null || p.getLeader().isBlank() ? new Value.Empty(Messages.Empty_noLeader)
                : Cells.text(p.getLeader());
    }

    private static Map<Organisation, List<Project>> byOrganisation(ReportContext context, List<Project> projects) {
        Map<Organisation, List<Project>> groups = new TreeMap<>(context.treeOrder());
        projects.forEach(p -> groups.computeIfAbsent(p.getOrganisation(), o -> new ArrayList<>()).add(p));
        return groups;
    }

    /** Projects by leader in the order leaders first appear; projects without one under "no leader named". */
    private static Map<String, List<Project>> byLeader(List<Project> projects) {
        Map<String, List<Project>> groups = new LinkedHashMap<>();
        for (Project p : projects) {
            String leader = p.getLeader() == null || p.getLeader().isBlank() ? Messages.Empty_noLeader : p.getLeader().strip();
            groups.computeIfAbsent(leader, l -> new ArrayList<>()).add(p);
        }
        return groups;
    }

    /**
     * One row per group (an organisation, a leader) with usable projects: projects, signed, amounts, the 三率 and
     * the stalled ones.
     */
    private static <K> Table grouped(String id, String title, String groupHeader, Map<K, List<Project>> groups,
            Unit unit, Day day, int stalledAfterDays) {
        Table.Builder table = Table.builder(id, title).column("group", groupHeader, Column.Type.TEXT) //$NON-NLS-1$
                .column("projects", Messages.Column_projects, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("signed", Messages.Column_signedProjects, Column.Type.AMOUNT) //$NON-NLS-1$
                .column("contract", NLS.bind(Messages.Column_contractIn, unit.getLiteral()), Column.Type.AMOUNT) //$NON-NLS-1$
                .column("paidIn", NLS.bind(Messages.Column_paidInIn, unit.getLiteral()), Column.Type.AMOUNT) //$NON-NLS-1$
                .column("contractRealised", Messages.Rate_contractRealised, Column.Type.PERCENT) //$NON-NLS-1$
                .column("paidInRate", Messages.Rate_paidIn, Column.Type.PERCENT) //$NON-NLS-1$
                .column("signedAdvancing", Messages.Rate_signedAdvancing, Column.Type.PERCENT) //$NON-NLS-1$
                .column("stalled", Messages.Column_stalledProjects, Column.Type.AMOUNT); //$NON-NLS-1$
        groups.forEach((key, projects) -> {
            Pipeline p = PipelineCalculator.of(projects, unit, day, stalledAfterDays);
            List<Project> usable = projects.stream().filter(x -> !p.skipped().contains(x)).toList();
            if (usable.isEmpty()) {
                return; // its projects are left out and listed
            }
            long signed = usable.stream().filter(x -> x.getStage().getValue() >= ProjectStage.SIGNED_VALUE).count();
            table.row(key instanceof Organisation o ? o : null,
                    Cells.text(key instanceof Organisation o ? ReportContext.label(o) : key.toString()),
                    Cells.count(usable.size()), Cells.count(signed),
                    new Value.Amount(total(p, Pipeline.Stage::contractAmount), unit),
                    new Value.Amount(total(p, Pipeline.Stage::paidInAmount), unit),
                    Cells.percent(p.contractRealisedRate(), Messages.Empty_noSignedContract),
                    Cells.percent(p.paidInRate(), Messages.Empty_noSignedContract),
                    Cells.percent(p.signedAdvancingRate(), Messages.Empty_noSignedProject),
                    Cells.count(p.stalled().size()));
        });
        return table.build();
    }

    private static BigDecimal total(Pipeline pipeline, Function<Pipeline.Stage, BigDecimal> amount) {
        return pipeline.stages().stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Chart> charts(Pipeline pipeline) {
        List<String> stages = pipeline.stages().stream().map(s -> stage(s.stage())).toList();
        Chart amounts = new Chart("stage-amounts", Messages.Pipeline_amountsChart, Chart.Kind.BAR, stages, //$NON-NLS-1$
                List.of(new Chart.Series(Messages.Column_contract,
                        pipeline.stages().stream().map(Pipeline.Stage::contractAmount).toList()),
                        new Chart.Series(Messages.Column_paidIn,
                                pipeline.stages().stream().map(Pipeline.Stage::paidInAmount).toList())),
                pipeline.unit(), List.of());
        Chart counts = new Chart("stage-projects", Messages.Pipeline_projectsChart, Chart.Kind.BAR, stages, //$NON-NLS-1$
                List.of(new Chart.Series(Messages.Column_projects,
                        pipeline.stages().stream().map(s -> BigDecimal.valueOf(s.count())).toList())),
                Unit.NONE, List.of());
        return List.of(counts, amounts);
    }
}
