/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import podium.compute.ActualsTable;
import podium.compute.Growth;
import podium.compute.ResolvedTarget;
import podium.importer.model.FigurePeriods;
import podium.model.Actual;
import podium.model.Decomposition;
import podium.model.FigureCitation;
import podium.model.FigureRole;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Level;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.PeerGroup;
import podium.model.Qualifier;
import podium.model.RankMeasure;
import podium.model.RankObservation;
import podium.model.Share;
import podium.model.Speech;
import podium.model.Target;
import podium.model.Unit;
import podium.model.query.ModelIndex;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.model.units.Units;
import podium.reports.api.Tone;
import podium.reports.api.Value;

/**
 * Checks the figures cited in one speech against the model: a target level (确保/力争), an actual, a growth or a
 * rank for the figure's indicator, organisation (default: the plan's) and period ({@link FigurePeriods}: its
 * sentence's, its section heading's, its speech's date's; the plan's when none says). A figure matches when the
 * model's value, in the figure's unit and rounded to the figure's own decimals, equals it. Actuals and ranks are
 * those a speaker could have had: of months that ended before the speech's date, reported by then.
 */
final class FigureCheck {

    /** The outcome of a check. */
    enum Kind {
        MATCH, MISMATCH, NO_COUNTERPART, BLANKED;

        Value.Status status() {
            return switch (this) {
                case MATCH -> new Value.Status("match", Tone.GOOD, Messages.Check_match); //$NON-NLS-1$
                case MISMATCH -> new Value.Status("mismatch", Tone.BAD, Messages.Check_mismatch); //$NON-NLS-1$
                case NO_COUNTERPART -> new Value.Status("no-counterpart", Tone.NEUTRAL, Messages.Check_noCounterpart); //$NON-NLS-1$
                case BLANKED -> new Value.Status("blanked", Tone.WARNING, Messages.Check_blanked); //$NON-NLS-1$
            };
        }
    }

    /**
     * @param model what the model says, in the figure's unit when the units convert; "-" with the reason otherwise
     * @param basis what the figure was compared with, e.g. "guarantee, 2004"
     */
    record Result(Kind kind, Indicator indicator, Organisation organisation, Period period, Value model, String basis,
            String note) {
    }

    /**
     * What the checks of one report's speeches share: the model with the plan's period and organisation, whether
     * a period has data, and the actuals a speaker had on each date (speeches of one meeting share theirs).
     */
    static final class Shared {
        private final ModelIndex model;
        private final Period planPeriod;
        private final Organisation planOrganisation;
        private final Map<Period, Boolean> withData = new HashMap<>();
        private final Map<Day, Figures> knownOn = new HashMap<>();

        Shared(ModelIndex model, Period planPeriod, Organisation planOrganisation) {
            this.model = model;
            this.planPeriod = planPeriod;
            this.planOrganisation = planOrganisation;
        }
    }

    private final Shared shared;
    private final ModelIndex model;
    private final Speech speech;
    private final Period planPeriod;
    private final Organisation planOrganisation;
    /** The speech's date, and the last month whose data it could cite; null when the speech has no date. */
    private final Day date;
    private final Month lastMonth;
    private final Map<FigureCitation, Subject> subjects = new HashMap<>();

    FigureCheck(Shared shared, Speech speech) {
        this.shared = shared;
        this.model = shared.model;
        this.speech = speech;
        this.date = speech.getDate();
        this.lastMonth = date == null ? null : date.month().previous();
        this.planPeriod = shared.planPeriod;
        this.planOrganisation = shared.planOrganisation;
    }

    /** The actuals the speaker had, made when a figure first needs them and kept for other speeches of the date. */
    private Figures figures() {
        return shared.knownOn.computeIfAbsent(date,
                d -> new Figures(ActualsTable.of(model.actuals().stream().filter(this::known).toList())));
    }

    /** Whether the speaker could have had the actual: its month ended before the speech and it was reported by then. */
    private boolean known(Actual actual) {
        return date == null || actual.getMonth() != null && !actual.getMonth().isAfter(lastMonth)
                && (actual.getReportDate() == null || !actual.getReportDate().isAfter(date));
    }

    private boolean known(RankObservation rank) {
        return date == null || !rank.getMonth().isAfter(lastMonth) && (rank.getDate() == null || !rank.getDate().isAfter(date));
    }

    Result check(FigureCitation figure) {
        if (figure.getValue() == null) {
            return new Result(Kind.BLANKED, null, null, null, new Value.Empty(Messages.Check_blanked), "", //$NON-NLS-1$
                    Messages.Check_numberMissing);
        }
        Subject subject = subjectOf(figure);
        Indicator indicator = subject.indicator();
        if (indicator == null) {
            return none(null, null, null, whyNoIndicator(figure));
        }
        Organisation organisation = subject.organisation() != null ? subject.organisation() : organisationOf(figure);
        if (organisation == null) {
            return none(indicator, null, null, whyNoOrganisation(figure));
        }
        FigurePeriods.Resolution resolution = FigurePeriods.of(speech, figure);
        if (resolution.unresolved() != null) {
            return none(indicator, organisation, null, NLS.bind(Messages.Check_unresolvedPeriod, resolution.unresolved()));
        }
        Period period = resolution.period() != null ? resolution.period() : planPeriod;
        if (period == null) {
            return none(indicator, organisation, null, Messages.Check_noPeriod);
        }
        if (!hasData(period)) {
            return none(indicator, organisation, period, NLS.bind(Messages.Check_noDataFor, Periods.label(period)));
        }
        Qualifier qualifier = figure.getQualifier();
        if (qualifier == Qualifier.GUARANTEE || qualifier == Qualifier.STRIVE || figure.getRole() == FigureRole.TARGET) {
            return target(figure, indicator, organisation, period);
        }
        if (notOverAtTheSpeech(period)) {
            // 1-7月 in a speech of 10 July: a preliminary figure, not the one to June the speaker's data ran to
            return none(indicator, organisation, period,
                    NLS.bind(Messages.Check_periodNotOver, Periods.label(date), Periods.label(period)));
        }
        return switch (figure.getRole()) {
            case ACTUAL -> actual(figure, indicator, organisation, period);
            case GROWTH -> growth(figure, indicator, organisation, period);
            case RANK -> rank(figure, indicator, organisation, period);
            default -> none(indicator, organisation, period, Messages.Check_share);
        };
    }

    private Indicator indicatorOf(FigureCitation figure) {
        if (ReportContext.resolved(figure.getIndicator())) {
            return figure.getIndicator();
        }
        return model.indicator(figure.getIndicatorName()).orElse(null);
    }

    /** What a figure measures, and the organisation its indicator's name began with, if any (else null). */
    private record Subject(Indicator indicator, Organisation organisation) {
    }

    /**
     * The figure's indicator; when its name is none of the model's, the unit a speech names before it in a list of
     * units is taken apart: {@code 宛城区实际利用外资156万美元} is 实际利用外资 of 宛城区, and the units after it
     * ({@code 卧龙区178万美元}, named as indicator by the importer) measure what the figure before them on the line
     * measures.
     */
    private Subject subjectOf(FigureCitation figure) {
        Subject known = subjects.get(figure);
        if (known != null) {
            return known;
        }
        Subject subject = findSubject(figure);
        subjects.put(figure, subject);
        return subject;
    }

    private Subject findSubject(FigureCitation figure) {
        Indicator indicator = indicatorOf(figure);
        String name = figure.getIndicatorName();
        boolean ownOrganisation = figure.getOrganisationName() != null && !figure.getOrganisationName().isBlank()
                || ReportContext.resolved(figure.getOrganisation());
        if (indicator != null || name == null || name.isBlank() || ownOrganisation) {
            return new Subject(indicator, null);
        }
        String wanted = name.strip();
        Optional<Organisation> named = model.organisation(wanted);
        if (named.isPresent()) {
            Indicator before = previousOnLine(figure);
            return new Subject(before, before == null ? null : named.get());
        }
        Organisation best = null;
        Indicator measured = null;
        int longest = 0;
        for (Organisation o : model.organisations()) {
            for (String n : organisationNames(o)) {
                if (n != null && n.length() > longest && wanted.length() > n.length() && wanted.startsWith(n)) {
                    Optional<Indicator> rest = model.indicator(wanted.substring(n.length()));
                    if (rest.isPresent()) {
                        best = o;
                        measured = rest.get();
                        longest = n.length();
                    }
                }
            }
        }
        return new Subject(measured, best);
    }

    private static List<String> organisationNames(Organisation o) {
        List<String> names = new ArrayList<>(o.getAliases());
        names.add(o.getName());
        names.add(o.getTitle());
        return names;
    }

    /** The indicator of the nearest figure before this one on its line in the same kind of unit, or null. */
    private Indicator previousOnLine(FigureCitation figure) {
        List<FigureCitation> all = speech.getFigures();
        for (int k = all.indexOf(figure) - 1; k >= 0; k--) {
            FigureCitation before = all.get(k);
            if (before.getLine() != figure.getLine()) {
                return null;
            }
            if (before.getRole() == figure.getRole() && before.getUnit() == figure.getUnit()) {
                return subjectOf(before).indicator();
            }
        }
        return null;
    }

    private String whyNoIndicator(FigureCitation figure) {
        String name = figure.getIndicatorName();
        if (name == null || name.isBlank()) {
            return Messages.Check_noIndicatorNamed;
        }
        return model.organisation(name).isPresent() ? NLS.bind(Messages.Check_organisationNotIndicator, name.strip())
                : NLS.bind(Messages.Check_unknownIndicator, name.strip());
    }

    private Organisation organisationOf(FigureCitation figure) {
        if (ReportContext.resolved(figure.getOrganisation())) {
            return figure.getOrganisation();
        }
        String name = figure.getOrganisationName();
        if (name != null && !name.isBlank()) {
            return model.organisation(name).orElse(null);
        }
        return ReportContext.resolved(planOrganisation) ? planOrganisation : null;
    }

    /** Whether the model has anything for the period: a target, a decomposition, an actual or a rank. */
    private boolean hasData(Period period) {
        return shared.withData.computeIfAbsent(period, this::findData);
    }

    private boolean findData(Period period) {
        return model.targets().stream().anyMatch(t -> overlaps(t.getPeriod() != null ? t.getPeriod() : planPeriod, period))
                || model.decompositions().stream()
                        .anyMatch(d -> overlaps(d.getPeriod() != null ? d.getPeriod() : planPeriod, period))
                || model.actuals().stream().anyMatch(a -> a.getMonth() != null && period.contains(a.getMonth()))
                || model.ranks().stream().anyMatch(r -> r.getMonth() != null && period.contains(r.getMonth()));
    }

    private static boolean overlaps(Period a, Period b) {
        return a != null && !a.lastMonth().isBefore(b.firstMonth()) && !b.lastMonth().isBefore(a.firstMonth());
    }

    /**
     * Whether the figure's period is a part of a year (1-7月, 上半年, 一季度) that had not ended when the speech was
     * given: the model's figure to an earlier month is not its counterpart. A year (今年以来) is compared with the
     * latest month the speaker had.
     */
    private boolean notOverAtTheSpeech(Period period) {
        return lastMonth != null && period.kind() != Period.Kind.YEAR && period.lastMonth().isAfter(lastMonth)
                && !period.firstMonth().isAfter(lastMonth);
    }

    /** The last month of the period whose data the speech could cite, or null when the speech precedes them all. */
    private Month last(Period period) {
        Month last = lastMonth != null && lastMonth.isBefore(period.lastMonth()) ? lastMonth : period.lastMonth();
        return last.isBefore(period.firstMonth()) ? null : last;
    }

    /** No data of the period for the organisation: the speech came before it, or the model has none. */
    private Result noData(Indicator indicator, Organisation organisation, Period period, String otherwise) {
        return none(indicator, organisation, period, last(period) == null
                ? NLS.bind(Messages.Check_beforeData, Periods.label(date), Periods.label(period)) : otherwise);
    }

    private static String whyNoOrganisation(FigureCitation figure) {
        String name = figure.getOrganisationName();
        return name != null && !name.isBlank() ? NLS.bind(Messages.Check_unknownOrganisation, name.strip())
                : Messages.Check_noOrganisation;
    }

    private static Result none(Indicator indicator, Organisation organisation, Period period, String why) {
        return new Result(Kind.NO_COUNTERPART, indicator, organisation, period, new Value.Empty(why), "", why); //$NON-NLS-1$
    }

    /** Against the 确保 or 力争 level of the organisation's target, or of its share in a decomposition. */
    private Result target(FigureCitation figure, Indicator indicator, Organisation organisation, Period period) {
        Optional<Target> target = model.target(indicator, organisation, period).or(() -> share(indicator, organisation, period));
        if (target.isEmpty()) {
            return none(indicator, organisation, period,
                    NLS.bind(Messages.Check_noTarget, ReportContext.label(organisation), Periods.label(period)));
        }
        ResolvedTarget resolved = ResolvedTarget.of(target.get());
        if (resolved.problem() != null) {
            return none(indicator, organisation, period, resolved.problem());
        }
        boolean strive = figure.getQualifier() == Qualifier.STRIVE
                || (figure.getQualifier() != Qualifier.GUARANTEE && resolved.guarantee() == null);
        String levelName = strive ? Messages.Level_strive : Messages.Level_guarantee;
        String basis = NLS.bind(Messages.Check_basisTarget, levelName, Periods.label(period));
        Unit figureUnit = Units.effective(figure.getUnit(), indicator);
        if (target.get().isGrowth() && (figure.getUnit() == Unit.NONE || figure.getUnit() == Unit.PERCENT)) {
            Level rate = strive ? target.get().getStrive() : target.get().getGuarantee();
            return rate == null || rate.getValue() == null ? none(indicator, organisation, period, NLS.bind(Messages.Check_noLevel, levelName))
                    : compare(figure, indicator, organisation, period, rate.getValue(), Unit.PERCENT, Unit.PERCENT, basis, ""); //$NON-NLS-1$
        }
        BigDecimal level = strive ? resolved.strive() : resolved.guarantee();
        if (level == null) {
            return none(indicator, organisation, period, NLS.bind(Messages.Check_noLevel, levelName));
        }
        return compare(figure, indicator, organisation, period, level, resolved.unit(), figureUnit, basis, ""); //$NON-NLS-1$
    }

    /** A share of a decomposition for the organisation, as a detached target carrying its levels. */
    private Optional<Target> share(Indicator indicator, Organisation organisation, Period period) {
        for (Decomposition d : model.decompositions()) {
            Period of = d.getPeriod() != null ? d.getPeriod() : planPeriod;
            if (d.getIndicator() != indicator || !period.equals(of)) {
                continue;
            }
            for (Share share : d.getShares()) {
                if (share.getOrganisation() == organisation) {
                    Target target = ModelFactory.eINSTANCE.createTarget();
                    target.setIndicator(indicator);
                    target.setOrganisation(organisation);
                    target.setPeriod(of);
                    target.setGuarantee(share.getGuarantee() == null ? null : EcoreUtil.copy(share.getGuarantee()));
                    target.setStrive(share.getStrive() == null ? null : EcoreUtil.copy(share.getStrive()));
                    return Optional.of(target);
                }
            }
        }
        return Optional.empty();
    }

    /** Against the actual for the period: December's for a year, else the latest month of the period with data. */
    private Result actual(FigureCitation figure, Indicator indicator, Organisation organisation, Period period) {
        for (Month m = last(period); m != null && !m.isBefore(period.firstMonth()); m = m.previous()) {
            Figures.ToDate toDate = figures().toDate(indicator, organisation, m);
            if (toDate.current() != null) {
                return compare(figure, indicator, organisation, period, toDate.current(), toDate.unit(),
                        Units.effective(figure.getUnit(), indicator), NLS.bind(Messages.Check_basisActual, Periods.label(m)),
                        upTo(m, period));
            }
        }
        return noData(indicator, organisation, period,
                NLS.bind(Messages.Check_noActual, ReportContext.label(organisation), Periods.label(period)));
    }

    /** Against the year-on-year growth of the same month as an actual would be. */
    private Result growth(FigureCitation figure, Indicator indicator, Organisation organisation, Period period) {
        if (figure.getUnit() == Unit.PERCENTAGE_POINT) {
            return difference(figure, indicator, organisation, period);
        }
        if (indicator.getKind() != IndicatorKind.RATIO) {
            for (Month m = last(period); m != null && !m.isBefore(period.firstMonth()); m = m.previous()) {
                Figures.ToDate toDate = figures().toDate(indicator, organisation, m);
                if (toDate.current() != null && Figures.growth(indicator, toDate) instanceof Value.Percent growth) {
                    return compare(figure, indicator, organisation, period, growth.value(), Unit.PERCENT, Unit.PERCENT,
                            NLS.bind(Messages.Check_basisGrowth, Periods.label(m)), upTo(m, period));
                }
            }
        }
        return noData(indicator, organisation, period,
                NLS.bind(Messages.Check_noGrowth, ReportContext.label(organisation), Periods.label(period)));
    }

    /**
     * A growth in 个百分点 is a difference from an average (高于全省平均3.6个百分点): against the unit's growth minus
     * the growth of its indicator's peer group as a whole, when the model has at least two members' figures.
     */
    private Result difference(FigureCitation figure, Indicator indicator, Organisation organisation, Period period) {
        PeerGroup group = indicator.getPeerGroup();
        if (group != null && group.getMembers().contains(organisation) && indicator.getKind() != IndicatorKind.RATIO) {
            for (Month m = last(period); m != null && !m.isBefore(period.firstMonth()); m = m.previous()) {
                List<Growth.YearOnYear> members = new ArrayList<>();
                Growth.YearOnYear own = null;
                for (Organisation member : group.getMembers()) {
                    Figures.ToDate toDate = figures().toDate(indicator, member, m);
                    Growth.YearOnYear values = new Growth.YearOnYear(toDate.current(), toDate.previous());
                    members.add(values);
                    own = member == organisation ? values : own;
                }
                if (own.growth() != null && members.stream().filter(v -> v.growth() != null).count() >= 2) {
                    BigDecimal difference = Growth.differenceFromAverage(own.growth(), Growth.ofTotals(members));
                    return compare(figure, indicator, organisation, period, difference, Unit.PERCENTAGE_POINT,
                            Unit.PERCENTAGE_POINT, NLS.bind(Messages.Check_basisDifference, Periods.label(m)), upTo(m, period));
                }
            }
        }
        return noData(indicator, organisation, period,
                NLS.bind(Messages.Check_noGroupGrowth, ReportContext.label(organisation), Periods.label(period)));
    }

    /** Against the rank recorded for the latest month of the period (by total when both are recorded). */
    private Result rank(FigureCitation figure, Indicator indicator, Organisation organisation, Period period) {
        Optional<RankObservation> rank = model.ranks().stream()
                .filter(r -> r.getIndicator() == indicator && r.getOrganisation() == organisation)
                .filter(r -> r.getMonth() != null && period.contains(r.getMonth()) && known(r))
                .max(Comparator.<RankObservation, Month>comparing(RankObservation::getMonth)
                        .thenComparing(r -> r.getMeasure() == RankMeasure.TOTAL));
        if (rank.isEmpty()) {
            return noData(indicator, organisation, period,
                    NLS.bind(Messages.Check_noRank, ReportContext.label(organisation), Periods.label(period)));
        }
        Month m = rank.get().getMonth();
        return compare(figure, indicator, organisation, period, BigDecimal.valueOf(rank.get().getRank()),
                Unit.RANK_POSITION, Unit.RANK_POSITION, NLS.bind(Messages.Check_basisRank, Periods.label(m)), upTo(m, period));
    }

    private String upTo(Month month, Period period) {
        if (month.equals(period.lastMonth())) {
            return ""; //$NON-NLS-1$
        }
        return month.equals(lastMonth) ? NLS.bind(Messages.Check_onlyUpToSpeech, Periods.label(month), Periods.label(date))
                : NLS.bind(Messages.Check_onlyUpTo, Periods.label(month));
    }

    /**
     * The figure against the model's value: the figure's unit (its indicator's, a % or 位 when it names none) must
     * convert from the model's; then the model's value rounded to the figure's decimals must equal the figure.
     */
    private static Result compare(FigureCitation figure, Indicator indicator, Organisation organisation, Period period,
            BigDecimal value, Unit unit, Unit defaultUnit, String basis, String note) {
        Unit figureUnit = figure.getUnit() == Unit.NONE ? defaultUnit : figure.getUnit();
        if (figure.getUnit() == Unit.NONE && figure.getUnitText() != null && !figure.getUnitText().isBlank()) {
            return none(indicator, organisation, period, NLS.bind(Messages.Check_unknownUnit, figure.getUnitText().strip()));
        }
        if (!Units.compatible(figureUnit, unit)) {
            return new Result(Kind.MISMATCH, indicator, organisation, period, new Value.Amount(value, unit), basis,
                    NLS.bind(Messages.Check_unitsDiffer, Units.label(figureUnit), Units.label(unit)));
        }
        BigDecimal converted = Units.convert(value, unit, figureUnit);
        int decimals = Math.max(0, figure.getValue().scale());
        boolean match = converted.setScale(decimals, RoundingMode.HALF_UP).compareTo(figure.getValue()) == 0;
        return new Result(match ? Kind.MATCH : Kind.MISMATCH, indicator, organisation, period,
                new Value.Amount(converted, figureUnit), basis, note);
    }
}
