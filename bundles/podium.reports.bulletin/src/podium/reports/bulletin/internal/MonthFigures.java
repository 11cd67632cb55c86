/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import podium.compute.Aggregations;
import podium.compute.ElapsedBasis;
import podium.compute.Growth;
import podium.compute.Percentages;
import podium.compute.Progress;
import podium.compute.ProgressStatus;
import podium.compute.Ranking;
import podium.compute.Schedule;
import podium.compute.Series;
import podium.compute.StatusBoard;
import podium.model.Direction;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.Unit;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.model.units.IncompatibleUnitsException;
import podium.model.units.Units;
import podium.reports.api.format.Formats;
import podium.reports.api.format.Statuses;
import podium.reports.bulletin.IndicatorFigures;
import podium.reports.bulletin.PeerRank;
import podium.reports.bulletin.UnitFigures;

/**
 * The figures of one indicator for the jurisdiction and its units in a data month, from the status
 * board (completion, gaps, statuses), the actuals (last year's figures) and the ranking of the units;
 * with what the appendix table needs besides (the organisations behind the figures, how the total was
 * found).
 */
public final class MonthFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One indicator's part.
     *
     * @param byUnit        the figures of each unit with a target, by organisation
     * @param totalReported whether the total is the jurisdiction's own figure (else summed from its units)
     * @param contributors  for a summed total, the organisations whose own figures make it, with them
     */
    public record Part(Indicator indicator, IndicatorFigures figures, Map<Organisation, UnitFigures> byUnit,
            boolean totalReported, Map<Organisation, BigDecimal> contributors) {
    }

    private final StatusBoard board;
    private final Month month;
    private final Period period;
    private final int laggardCount;
    private final List<String> omissions;

    /**
     * @param omissions where to note what is left out (units without figures, growth without base)
     */
    public MonthFigures(StatusBoard board, Month month, Period period, int laggardCount, List<String> omissions) {
        this.board = board;
        this.month = month;
        this.period = period;
        this.laggardCount = laggardCount;
        this.omissions = omissions;
    }

    /**
     * The part of {@code indicator} for {@code root} and its children, or empty when none of them has a
     * target; {@code peerRank} and {@code peerGrowthRank} are the root's published ranks (may be null).
     */
    public Optional<Part> part(Indicator indicator, Organisation root, List<StatusBoard.Entry> entries,
            PeerRank peerRank, PeerRank peerGrowthRank) {
        Map<Organisation, StatusBoard.Entry> byOrganisation = entriesOf(entries, indicator);
        StatusBoard.Entry rootEntry = byOrganisation.get(root);
        Map<Organisation, StatusBoard.Entry> unitEntries = new LinkedHashMap<>();
        for (Organisation child : root.getChildren()) {
            StatusBoard.Entry entry = byOrganisation.get(child);
            if (entry != null) {
                unitEntries.put(child, entry);
            }
        }
        if (rootEntry == null && unitEntries.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = Units.effective(Unit.NONE, indicator);
        boolean reported = series(indicator, root).toDate(month) != null;
        Map<Organisation, BigDecimal> contributors = reported ? Map.of() : contributors(indicator, root);
        UnitFigures total = rootEntry != null ? figures(indicator, root, rootEntry.progress(), unit)
                : untargeted(indicator, root, reported, contributors);
        Map<Organisation, UnitFigures> byUnit = ranked(indicator, unitEntries, unit);
        IndicatorFigures figures = lists(indicator, unit, total, List.copyOf(byUnit.values()), peerRank, peerGrowthRank);
        if (!figures.noReport().isEmpty()) {
            omissions.add(NLS.bind(Messages.Omission_noReport, new Object[] {indicator.getTitle(),
                    names(figures.noReport()), month}));
        }
        return Optional.of(new Part(indicator, figures, byUnit, reported, contributors));
    }

    /** The short name of an organisation: its name when written in Chinese characters, else its title. */
    public static String nameOf(Organisation org) {
        String name = org.getName();
        boolean chinese = name != null && name.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return chinese || org.getTitle() == null || org.getTitle().isBlank() ? String.valueOf(name) : org.getTitle();
    }

    /** A value as tables display it (two decimals), for ranks and sums that agree with what is shown. */
    public static BigDecimal shown(BigDecimal amount) {
        return amount == null ? null : amount.setScale(Formats.AMOUNT_SCALE, RoundingMode.HALF_UP);
    }

    /** The first board entry of each organisation for {@code indicator} (one pass, not one per unit). */
    private static Map<Organisation, StatusBoard.Entry> entriesOf(List<StatusBoard.Entry> entries, Indicator indicator) {
        Map<Organisation, StatusBoard.Entry> byOrganisation = new HashMap<>();
        for (StatusBoard.Entry e : entries) {
            if (e.progress().target().getIndicator() == indicator && e.progress().target().getOrganisation() != null) {
                byOrganisation.putIfAbsent(e.progress().target().getOrganisation(), e);
            }
        }
        return byOrganisation;
    }

    private UnitFigures figures(Indicator indicator, Organisation org, Progress p, Unit unit) {
        boolean byGuarantee = p.guarantee() != null;
        BigDecimal actual = convert(p.actual(), p.unit(), unit);
        BigDecimal previous = actual == null ? null : previous(indicator, org);
        if (p.status() == ProgressStatus.NO_DATA && actual != null && p.note() != null) {
            omissions.add(NLS.bind(Messages.Omission_noData, new Object[] {indicator.getTitle(), nameOf(org), p.note()}));
        }
        return new UnitFigures(nameOf(org), actual, previous,
                convert(byGuarantee ? p.guarantee() : p.strive(), p.unit(), unit), convert(p.strive(), p.unit(), unit),
                byGuarantee ? p.completionGuarantee() : p.completionStrive(),
                byGuarantee ? p.gapGuarantee() : p.gapStrive(), Growth.percent(actual, previous),
                Statuses.of(p.status()).key(), null, null, null);
    }

    /** The jurisdiction's figures when it has no target of its own (its units have). */
    private UnitFigures untargeted(Indicator indicator, Organisation root, boolean reported,
            Map<Organisation, BigDecimal> contributors) {
        BigDecimal actual = reported ? series(indicator, root).toDate(month)
                : Aggregations.combine(List.copyOf(contributors.values()), Aggregations.acrossOrganisations(indicator));
        BigDecimal previous = actual == null ? null : previous(indicator, root);
        return new UnitFigures(nameOf(root), actual, previous, null, null, null, null, Growth.percent(actual, previous),
                Statuses.of(ProgressStatus.NO_DATA).key(), null, null, null);
    }

    /**
     * Last year's figure to date: the organisation's own, or, when its figure is summed from below, the sum
     * of last year's figures of the same organisations (none when one of them lacks it).
     */
    private BigDecimal previous(Indicator indicator, Organisation org) {
        Series own = series(indicator, org);
        if (own.toDate(month) != null) {
            return own.previousYearToDate(month);
        }
        List<BigDecimal> values = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        for (Organisation o : contributors(indicator, org).keySet()) {
            BigDecimal value = series(indicator, o).previousYearToDate(month);
            if (value == null) {
                lacking.add(nameOf(o));
            }
            values.add(value);
        }
        if (!lacking.isEmpty()) {
            omissions.add(NLS.bind(Messages.Omission_growthBase, new Object[] {indicator.getTitle(),
                    String.join(Document.Words_list, lacking), nameOf(org)}));
            return null;
        }
        return Aggregations.combine(values, Aggregations.acrossOrganisations(indicator));
    }

    /** The organisations whose own figures make {@code org}'s (as the status board rolls it up), with them. */
    private Map<Organisation, BigDecimal> contributors(Indicator indicator, Organisation org) {
        Map<Organisation, BigDecimal> result = new LinkedHashMap<>();
        BigDecimal own = series(indicator, org).toDate(month);
        if (own != null) {
            result.put(org, own);
        } else {
            org.getChildren().forEach(child -> result.putAll(contributors(indicator, child)));
        }
        return result;
    }

    /** The units' figures with their ranks by amount, completion and growth, each ranked as displayed. */
    private Map<Organisation, UnitFigures> ranked(Indicator indicator, Map<Organisation, StatusBoard.Entry> entries,
            Unit unit) {
        Map<Organisation, UnitFigures> plain = new LinkedHashMap<>();
        entries.forEach((org, entry) -> plain.put(org, figures(indicator, org, entry.progress(), unit)));
        boolean lowerBetter = indicator.getDirection() == Direction.LOWER_BETTER;
        Map<Organisation, BigDecimal> amounts = new LinkedHashMap<>();
        Map<Organisation, BigDecimal> completions = new LinkedHashMap<>();
        Map<Organisation, BigDecimal> growths = new LinkedHashMap<>();
        plain.forEach((org, f) -> {
            amounts.put(org, shown(f.actual()));
            completions.put(org, Percentages.display(f.completion()));
            growths.put(org, Percentages.display(f.growth()));
        });
        var byAmount = Ranking.rank(amounts, lowerBetter);
        var byCompletion = Ranking.rank(completions, lowerBetter);
        var byGrowth = Ranking.rank(growths, lowerBetter);
        Map<Organisation, UnitFigures> result = new LinkedHashMap<>();
        plain.forEach((org, f) -> result.put(org, f.ranked(Ranking.rankOf(byAmount, org),
                Ranking.rankOf(byCompletion, org), Ranking.rankOf(byGrowth, org))));
        return result;
    }

    private IndicatorFigures lists(Indicator indicator, Unit unit, UnitFigures total, List<UnitFigures> units,
            PeerRank peerRank, PeerRank peerGrowthRank) {
        List<UnitFigures> byRank = new ArrayList<>(units);
        byRank.sort(Comparator.comparing(UnitFigures::completionRank, Comparator.nullsLast(Comparator.naturalOrder())));
        boolean higherBetter = indicator.getDirection() != Direction.LOWER_BETTER;
        return new IndicatorFigures(indicator.getName(), indicator.getTitle() == null ? indicator.getName()
                : indicator.getTitle(), unit, indicator.getKind() == IndicatorKind.FLOW, total, units,
                withStatus(byRank, ProgressStatus.AHEAD), withStatus(byRank, ProgressStatus.ON_SCHEDULE),
                byRank.stream().filter(u -> is(u, ProgressStatus.BEHIND) || is(u, ProgressStatus.ZERO_PROGRESS)).toList(),
                withStatus(byRank, ProgressStatus.ZERO_PROGRESS),
                units.stream().filter(u -> u.actual() == null).toList(),
                byRank.stream().filter(u -> higherBetter && u.completion() != null
                        && Percentages.display(u.completion()).compareTo(HUNDRED) >= 0).toList(),
                laggards(byRank), peerRank, peerGrowthRank);
    }

    /** The units whose place by completion is surely among the last {@code laggardCount}. */
    private List<UnitFigures> laggards(List<UnitFigures> byRank) {
        List<UnitFigures> ranked = byRank.stream().filter(u -> u.completionRank() != null).toList();
        int boundary = ranked.size() - laggardCount;
        if (laggardCount <= 0 || boundary <= 0) {
            return List.of();
        }
        return ranked.stream().filter(u -> u.completionRank() > boundary).toList();
    }

    private static List<UnitFigures> withStatus(List<UnitFigures> units, ProgressStatus status) {
        return units.stream().filter(u -> is(u, status)).toList();
    }

    private static boolean is(UnitFigures unit, ProgressStatus status) {
        return unit.status().equals(Statuses.of(status).key());
    }

    /** The status board the figures come from. */
    public StatusBoard board() {
        return board;
    }

    private Series series(Indicator indicator, Organisation org) {
        return board.actuals().series(indicator, org);
    }

    /** The time schedule (序时进度) of the month in percent, by whole months as bulletins count it. */
    public BigDecimal elapsed() {
        return Schedule.elapsedPercent(period, ElapsedBasis.BY_MONTHS, month, null);
    }

    static String names(List<UnitFigures> units) {
        return String.join(Document.Words_list, units.stream().map(UnitFigures::name).toList());
    }

    private static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
        if (value == null) {
            return null;
        }
        try {
            return Units.convert(value, from, to);
        } catch (IncompatibleUnitsException e) {
            return value;
        }
    }
}
