/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import podium.compute.Growth;
import podium.compute.PeerGrowth;
import podium.compute.Percentages;
import podium.compute.Progress;
import podium.compute.RankMovement;
import podium.compute.Ranking;
import podium.compute.StatusBoard;
import podium.model.Decomposition;
import podium.model.Direction;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.PeerGroup;
import podium.model.RankMeasure;
import podium.model.RankObservation;
import podium.model.Share;
import podium.model.Unit;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.model.units.Units;
import podium.reports.api.Block;
import podium.reports.api.Chart;
import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;
import podium.reports.api.Table;
import podium.reports.api.Value;

/**
 * 排名: the ranks recorded for the data month within each indicator's peer group with the movement since the
 * previous month, each member's growth against the group's, the units of each decomposition ranked by amount,
 * completion and growth (a bulletin's 附表), and the recorded rank month by month.
 */
public final class RankingReport implements ReportProducer {

    static final String ID = "ranking"; //$NON-NLS-1$

    private record Key(Indicator indicator, Organisation organisation, PeerGroup group, RankMeasure measure,
            Month month) {
    }

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) throws ReportException {
        ReportContext context = new ReportContext(input, parameters);
        Month asOf = context.asOf();
        Period period = context.period();
        StatusBoard board = new StatusBoard(input.model());
        Figures figures = new Figures(board.actuals());
        TargetRows targets = TargetRows.of(context, board);
        TargetRows.omitUnusableActuals(context, period);
        Map<Key, RankObservation> observations = observations(context);
        List<Block> blocks = new ArrayList<>();
        blocks.add(ranks(context, observations, asOf));
        blocks.add(growth(context, figures, asOf));
        int number = 1;
        for (Decomposition d : context.model().decompositions()) {
            if (context.includes(d.getIndicator()) && ReportContext.resolved(d.getParent())
                    && (d.getPeriod() == null || d.getPeriod().equals(period))) {
                blocks.add(units(context, figures, targets, d, asOf, number++));
            }
        }
        number = 1;
        for (Indicator indicator : context.model().indicators()) {
            if (context.includes(indicator)) {
                Optional<Chart> chart = trend(context, observations, indicator, period, asOf, number);
                if (chart.isPresent()) {
                    blocks.add(chart.get());
                    number++;
                }
            }
        }
        return context.data(ID, NLS.bind(Messages.Ranking_title, Periods.label(asOf)),
                context.shown(ReportParameters.Kind.AS_OF, ReportParameters.Kind.PERIOD,
                        ReportParameters.Kind.INDICATORS, ReportParameters.Kind.PEER_GROUP,
                        ReportParameters.Kind.ORGANISATION),
                blocks);
    }

    /**
     * The usable observations of the chosen indicators and organisations in the chosen group (else the indicator's
     * own; any group when the indicator has none), the first one per key.
     */
    private static Map<Key, RankObservation> observations(ReportContext context) {
        Map<Key, RankObservation> result = new LinkedHashMap<>();
        for (RankObservation o : context.model().ranks()) {
            if (!ReportContext.resolved(o.getIndicator()) || !ReportContext.resolved(o.getOrganisation())
                    || (o.getGroup() != null && o.getGroup().eIsProxy())) {
                context.omit(o, Messages.Omission_rankUnresolved);
                continue;
            }
            PeerGroup wanted = wantedGroup(context, o.getIndicator());
            if (!context.includes(o.getIndicator()) || !context.includes(o.getOrganisation()) || o.getMonth() == null
                    || (wanted != null && groupOf(o) != wanted)) {
                continue;
            }
            int of = sizeOf(o);
            if (o.getRank() < 1 || (of > 0 && o.getRank() > of)) {
                context.omit(o, NLS.bind(Messages.Omission_rankOutOfRange, o.getRank(), of));
                continue;
            }
            result.putIfAbsent(new Key(o.getIndicator(), o.getOrganisation(), groupOf(o), o.getMeasure(), o.getMonth()), o);
        }
        return result;
    }

    /** The group an observation ranks in: its own, else its indicator's. */
    private static PeerGroup groupOf(RankObservation o) {
        return o.getGroup() != null ? o.getGroup() : o.getIndicator().getPeerGroup();
    }

    /** The chosen group, else the indicator's own. */
    private static PeerGroup wantedGroup(ReportContext context, Indicator indicator) {
        PeerGroup chosen = context.parameters().peerGroup();
        return chosen != null ? chosen : indicator.getPeerGroup();
    }

    /** The group size when published, else the group's size, else 0 (unknown). */
    private static int sizeOf(RankObservation o) {
        if (o.getOf() > 0) {
            return o.getOf();
        }
        PeerGroup group = groupOf(o);
        return group == null ? 0 : Math.max(0, group.getSize());
    }

    private static Table ranks(ReportContext context, Map<Key, RankObservation> observations, Month asOf) {
        Table.Builder table = Table.builder("ranks", NLS.bind(Messages.Ranking_ranksTable, Periods.label(asOf))) //$NON-NLS-1$
                .column("indicator", Messages.Column_indicator, Column.Type.TEXT) //$NON-NLS-1$
                .column("organisation", Messages.Column_organisation, Column.Type.TEXT) //$NON-NLS-1$
                .column("group", Messages.Column_group, Column.Type.TEXT) //$NON-NLS-1$
                .column("measure", Messages.Column_measure, Column.Type.TEXT) //$NON-NLS-1$
                .column("rank", Messages.Column_rank, Column.Type.RANK) //$NON-NLS-1$
                .column("previous", NLS.bind(Messages.Column_previousRank, Periods.label(asOf.previous())), Column.Type.RANK) //$NON-NLS-1$
                .column("movement", Messages.Column_movement, Column.Type.MOVEMENT); //$NON-NLS-1$
        List<Map.Entry<Key, RankObservation>> current = observations.entrySet().stream()
                .filter(e -> e.getKey().month().equals(asOf))
                .sorted(Comparator.<Map.Entry<Key, RankObservation>>comparingInt(e -> context.order(e.getKey().indicator()))
                        .thenComparingInt(e -> context.order(e.getKey().organisation()))
                        .thenComparingInt(e -> e.getKey().measure().getValue()))
                .toList();
        for (Map.Entry<Key, RankObservation> e : current) {
            Key key = e.getKey();
            RankObservation now = e.getValue();
            RankObservation before = observations.get(new Key(key.indicator(), key.organisation(), key.group(),
                    key.measure(), asOf.previous()));
            String noPrevious = NLS.bind(Messages.Empty_noPreviousRank, Periods.label(asOf.previous()));
            table.row(now, Cells.text(ReportContext.label(key.indicator())),
                    Cells.text(ReportContext.label(key.organisation())),
                    Cells.text(key.group() == null ? "" : Groups.label(key.group())), //$NON-NLS-1$
                    Cells.text(measure(key.measure())), rank(now),
                    before == null ? new Value.Empty(noPrevious) : rank(before),
                    before == null ? new Value.Empty(noPrevious)
                            : new Value.Movement(RankMovement.between(before.getRank(), now.getRank()).places()));
        }
        if (current.isEmpty()) {
            // an empty table says why: no rank published for the month yet, and which month has the latest
            Optional<Month> latest = observations.keySet().stream().map(Key::month).filter(m -> m.isBefore(asOf))
                    .max(Comparator.naturalOrder());
            table.note(latest.isPresent()
                    ? NLS.bind(Messages.Ranking_noRanksLatest, Periods.label(asOf), Periods.label(latest.get()))
                    : NLS.bind(Messages.Ranking_noRanks, Periods.label(asOf)));
        }
        return table.build();
    }

    private static Value.Rank rank(RankObservation o) {
        return new Value.Rank(o.getRank(), sizeOf(o));
    }

    private static String measure(RankMeasure measure) {
        return measure == RankMeasure.GROWTH ? Messages.Ranking_byGrowth : Messages.Ranking_byTotal;
    }

    /** Each member's growth against the growth of the members' totals, where the model has their actuals. */
    private static Table growth(ReportContext context, Figures figures, Month asOf) {
        Table.Builder table = Table.builder("growth", NLS.bind(Messages.Ranking_growthTable, Periods.label(asOf))) //$NON-NLS-1$
                .column("indicator", Messages.Column_indicator, Column.Type.TEXT) //$NON-NLS-1$
                .column("organisation", Messages.Column_organisation, Column.Type.TEXT) //$NON-NLS-1$
                .column("group", Messages.Column_group, Column.Type.TEXT) //$NON-NLS-1$
                .column("yoy", Messages.Column_yoy, Column.Type.PERCENT) //$NON-NLS-1$
                .column("groupYoy", Messages.Column_groupYoy, Column.Type.PERCENT) //$NON-NLS-1$
                .column("difference", Messages.Column_differenceFromGroup, Column.Type.POINTS) //$NON-NLS-1$
                .note(Messages.Ranking_groupGrowthNote);
        for (Indicator indicator : context.model().indicators()) {
            PeerGroup group = context.includes(indicator) ? wantedGroup(context, indicator) : null;
            if (group == null || group.eIsProxy() || indicator.getKind() == IndicatorKind.RATIO) {
                continue;
            }
            Map<Organisation, Figures.ToDate> toDate = new LinkedHashMap<>();
            Map<Organisation, Growth.YearOnYear> values = new LinkedHashMap<>();
            for (Organisation member : group.getMembers()) {
                if (ReportContext.resolved(member)) {
                    Figures.ToDate t = figures.toDate(indicator, member, asOf);
                    toDate.put(member, t);
                    values.put(member, t.yearOnYear());
                }
            }
            PeerGrowth peers = PeerGrowth.of(indicator, asOf, values);
            long withGrowth = peers.members().stream().filter(m -> m.growth() != null).count();
            String tooFew = NLS.bind(Messages.Empty_groupTooFew, withGrowth);
            for (PeerGrowth.Member member : peers.members()) {
                if (!context.includes(member.organisation())) {
                    continue;
                }
                boolean compared = withGrowth >= 2 && member.growth() != null;
                table.row(member.organisation(), Cells.text(ReportContext.label(indicator)),
                        Cells.text(ReportContext.label(member.organisation())), Cells.text(Groups.label(group)),
                        Figures.growth(indicator, toDate.get(member.organisation())),
                        withGrowth >= 2 ? Cells.percent(peers.average(), tooFew) : new Value.Empty(tooFew),
                        compared ? Cells.points(member.differenceFromAverage(), tooFew)
                                : new Value.Empty(member.growth() == null ? Messages.Empty_noGrowth : tooFew));
            }
        }
        return table.build();
    }

    /** A unit of a decomposition: the element its row stands for and its three cells before ranking. */
    private record UnitCells(Organisation unit, EObject element, Value amount, Value completion, Value growth) {
    }

    /**
     * The units of a decomposition with amount, completion and growth, each with its rank among all units of the
     * decomposition in brackets (competition ranking; completion and growth on their displayed values).
     */
    private static Table units(ReportContext context, Figures figures, TargetRows targets, Decomposition d, Month asOf,
            int number) {
        Indicator indicator = d.getIndicator();
        Map<Organisation, TargetRows.Row> progress = new HashMap<>();
        targets.allOrganisations().stream().filter(r -> r.indicator() == indicator)
                .forEach(r -> progress.putIfAbsent(r.organisation(), r));
        List<UnitCells> units = d.getShares().stream().filter(s -> ReportContext.resolved(s.getOrganisation()))
                .sorted(Comparator.comparingInt(s -> context.order(s.getOrganisation())))
                .map(s -> unitCells(indicator, s, figures, progress.get(s.getOrganisation()), asOf)).toList();
        boolean lowerBetter = indicator.getDirection() == Direction.LOWER_BETTER;
        List<Ranking.Entry<Organisation>> byAmount = rank(units, UnitCells::amount, false, lowerBetter);
        List<Ranking.Entry<Organisation>> byCompletion = rank(units, UnitCells::completion, true, lowerBetter);
        List<Ranking.Entry<Organisation>> byGrowth = rank(units, UnitCells::growth, true, lowerBetter);
        Table.Builder table = Table.builder("units-" + number, //$NON-NLS-1$
                NLS.bind(Messages.Ranking_unitsTable, ReportContext.label(indicator), ReportContext.label(d.getParent())))
                .column("organisation", Messages.Column_organisation, Column.Type.TEXT) //$NON-NLS-1$
                .column("actual", NLS.bind(Messages.Column_actualIn, Units.effective(Unit.NONE, indicator).getLiteral()), //$NON-NLS-1$
                        Column.Type.AMOUNT)
                .column("completion", Messages.Column_completion, Column.Type.PERCENT) //$NON-NLS-1$
                .column("yoy", Messages.Column_yoy, Column.Type.PERCENT) //$NON-NLS-1$
                .note(Messages.Ranking_bracketNote);
        for (UnitCells u : units) {
            if (context.includes(u.unit())) {
                table.row(u.element(), Cells.text(ReportContext.label(u.unit())),
                        ranked(u.amount(), byAmount, u.unit(), units.size()),
                        ranked(u.completion(), byCompletion, u.unit(), units.size()),
                        ranked(u.growth(), byGrowth, u.unit(), units.size()));
            }
        }
        return table.build();
    }

    /** A unit's amount (its own or rolled up), completion against its target or share, and growth. */
    private static UnitCells unitCells(Indicator indicator, Share share, Figures figures, TargetRows.Row row,
            Month asOf) {
        Figures.ToDate toDate = figures.toDate(indicator, share.getOrganisation(), asOf);
        Value completion = new Value.Empty(Messages.Empty_noTarget);
        if (row != null) {
            Progress p = row.progress();
            BigDecimal level = p.guarantee() != null ? p.guarantee() : p.strive();
            completion = Cells.percent(p.completionGuarantee() != null ? p.completionGuarantee() : p.completionStrive(),
                    ProgressReport.whyNoCompletion(p, level, Messages.Empty_noTarget));
        }
        return new UnitCells(share.getOrganisation(), row == null ? share : row.entry().origin(),
                Cells.amount(toDate.current(), toDate.unit(), Messages.Empty_noActual), completion,
                Figures.growth(indicator, toDate));
    }

    /** Competition ranking of the units on one of their values, as displayed (two decimals) when asked. */
    private static List<Ranking.Entry<Organisation>> rank(List<UnitCells> units, Function<UnitCells, Value> value,
            boolean displayed, boolean lowerBetter) {
        Map<Organisation, BigDecimal> values = new LinkedHashMap<>();
        for (UnitCells u : units) {
            BigDecimal n = value.apply(u).number();
            values.put(u.unit(), displayed ? Percentages.display(n) : n);
        }
        return Ranking.rank(values, lowerBetter);
    }

    private static Value ranked(Value value, List<Ranking.Entry<Organisation>> ranking, Organisation unit, int of) {
        Integer rank = Ranking.rankOf(ranking, unit);
        if (value instanceof Value.Empty || rank == null) {
            return value;
        }
        return new Value.Ranked(value, new Value.Rank(rank, of));
    }

    /** The recorded rank month by month over the period up to the data month, one line per unit and measure. */
    private static Optional<Chart> trend(ReportContext context, Map<Key, RankObservation> observations,
            Indicator indicator, Period period, Month asOf, int number) {
        Month last = asOf.isBefore(period.lastMonth()) ? asOf : period.lastMonth();
        if (last.isBefore(period.firstMonth())) {
            return Optional.empty();
        }
        List<Month> months = period.months().stream().filter(m -> !m.isAfter(last)).toList();
        Map<String, BigDecimal[]> lines = new LinkedHashMap<>();
        observations.entrySet().stream().filter(e -> e.getKey().indicator() == indicator)
                .filter(e -> months.contains(e.getKey().month()))
                .sorted(Comparator.<Map.Entry<Key, RankObservation>>comparingInt(e -> context.order(e.getKey().organisation()))
                        .thenComparingInt(e -> e.getKey().measure().getValue()))
                .forEach(e -> {
                    String name = NLS.bind(Messages.Ranking_line, ReportContext.label(e.getKey().organisation()),
                            measure(e.getKey().measure()));
                    lines.computeIfAbsent(name, n -> new BigDecimal[months.size()])[months.indexOf(e.getKey().month())] =
                            BigDecimal.valueOf(e.getValue().getRank());
                });
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<Chart.Series> series = new ArrayList<>();
        lines.forEach((name, values) -> series.add(new Chart.Series(name, Arrays.asList(values))));
        return Optional.of(new Chart("rank-trend-" + number, //$NON-NLS-1$
                NLS.bind(Messages.Ranking_chart, ReportContext.label(indicator)), Chart.Kind.LINE,
                months.stream().map(Periods::label).toList(), series, Unit.RANK_POSITION, List.of()));
    }
}
