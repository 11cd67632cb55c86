/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import podium.compute.ElapsedBasis;
import podium.compute.RankMovement;
import podium.compute.StatusBoard;
import podium.core.Severity;
import podium.model.Indicator;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.RankMeasure;
import podium.model.RankObservation;
import podium.model.query.ModelIndex;
import podium.model.time.Day;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.bulletin.Bulletin;
import podium.reports.bulletin.PeerRank;
import podium.core.text.Counts;

/** Builds the bulletin's data model for a month from the workspace and the report's parameters. */
public final class BulletinBuilder {

    /** The option giving the date of issue (YYYY-MM-DD). */
    public static final String DATE_OPTION = "date"; //$NON-NLS-1$
    /** The option giving how many of the last places by completion are named. */
    public static final String LAGGARDS_OPTION = "laggards"; //$NON-NLS-1$
    /** Laggards named unless the option says otherwise. */
    public static final int DEFAULT_LAGGARDS = 3;

    private static final Set<OrganisationKind> COUNTY_LEVEL = EnumSet.of(OrganisationKind.COUNTY,
            OrganisationKind.DISTRICT, OrganisationKind.ZONE);

    /**
     * The bulletin with what the appendix table needs besides.
     *
     * @param root the jurisdiction
     * @param rows its units with a target of some indicator, in the tree's order
     * @param parts one per indicator, parallel to the bulletin's
     */
    public record Result(Bulletin bulletin, Organisation root, Period period, List<Organisation> rows,
            List<MonthFigures.Part> parts, List<String> omissions) {

        /**
         * The codes of the indicators whose total is summed from the units while some have not reported for the
         * month: a sum of the units that reported, not the jurisdiction's figure (a cumulative total would seem
         * to fall, and its completion and gap to the time schedule would be wrong).
         */
        public List<String> partialTotals() {
            return parts.stream().filter(p -> !p.totalReported() && !p.figures().noReport().isEmpty())
                    .map(p -> p.figures().code()).toList();
        }
    }

    private final ReportInput input;
    private final ModelIndex index;
    private final ReportParameters parameters;

    private BulletinBuilder(ReportInput input, ReportParameters parameters) {
        this.input = input;
        this.index = input.model();
        this.parameters = parameters;
    }

    /** The bulletin of {@code parameters.asOf()}; a ReportException when there is nothing to report. */
    public static Result build(ReportInput input, ReportParameters parameters) throws ReportException {
        return new BulletinBuilder(input, parameters).build();
    }

    private Result build() throws ReportException {
        Month month = parameters.asOf();
        if (month == null) {
            throw new ReportException(Messages.BulletinReport_noMonth);
        }
        Period period = parameters.period() != null ? parameters.period() : Period.year(month.year());
        if (!period.contains(month)) {
            throw new ReportException(NLS.bind(Messages.BulletinReport_monthOutsidePeriod, month, period));
        }
        Organisation root = root();
        int laggards = laggards();
        Day date = date(month);
        List<String> omissions = new ArrayList<>();
        MonthFigures figures = new MonthFigures(new StatusBoard(index), month, period, laggards, omissions);
        List<MonthFigures.Part> parts = parts(figures, root, month, period, omissions);
        long errors = input.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        if (errors > 0) {
            omissions.add(Counts.format(Messages.Omission_problems, errors));
        }
        List<Organisation> rows = root.getChildren().stream()
                .filter(c -> parts.stream().anyMatch(p -> p.byUnit().containsKey(c))).toList();
        String level = level(root);
        Bulletin bulletin = new Bulletin(month.year(), month.month(), span(period, month),
                level.isEmpty() ? MonthFigures.nameOf(root) : NLS.bind(Document.Words_all, level), level,
                MonthFigures.nameOf(root), unitsWord(rows), subject(parts), figures.elapsed(), date, laggards,
                parts.stream().map(MonthFigures.Part::figures).toList());
        return new Result(bulletin, root, period, rows, parts, omissions);
    }

    /** One part per indicator asked for that the jurisdiction or its units have a target of in the period. */
    private List<MonthFigures.Part> parts(MonthFigures figures, Organisation root, Month month, Period period,
            List<String> omissions) throws ReportException {
        StatusBoard board = figures.board();
        List<StatusBoard.Entry> entries = board.entries(month, null, ElapsedBasis.BY_MONTHS).stream()
                .filter(e -> period.equals(board.periodOf(e.progress().target(), month))).toList();
        List<MonthFigures.Part> parts = new ArrayList<>();
        for (Indicator indicator : index.indicators()) {
            if (!parameters.includes(indicator)) {
                continue;
            }
            Optional<MonthFigures.Part> part = figures.part(indicator, root, entries,
                    peerRank(indicator, root, month, RankMeasure.TOTAL), peerRank(indicator, root, month, RankMeasure.GROWTH));
            part.ifPresent(parts::add);
            if (part.isEmpty() && !parameters.indicators().isEmpty()) {
                omissions.add(NLS.bind(Messages.Omission_noTarget, new Object[] {MonthFigures.nameOf(root),
                        indicator.getTitle(), period}));
            }
        }
        if (parts.isEmpty()) {
            throw new ReportException(NLS.bind(Messages.BulletinReport_nothingToReport, MonthFigures.nameOf(root), period));
        }
        return parts;
    }

    /** The chosen organisation, else the plan's, else the first at the top of the tree. */
    private Organisation root() throws ReportException {
        if (parameters.organisation() != null) {
            return parameters.organisation();
        }
        Optional<Organisation> planned = index.plan().map(Plan::getOrganisation);
        if (planned.isPresent()) {
            return planned.get();
        }
        return index.organisations().stream().filter(o -> !(o.eContainer() instanceof Organisation)).findFirst()
                .orElseThrow(() -> new ReportException(Messages.BulletinReport_noOrganisation));
    }

    private int laggards() throws ReportException {
        String text = parameters.option(LAGGARDS_OPTION).orElse(Integer.toString(DEFAULT_LAGGARDS));
        try {
            int count = Integer.parseInt(text.strip());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReportException(NLS.bind(Messages.BulletinReport_badLaggards, text));
    }

    /**
     * The date of issue: the {@code date} option; else the plan's as-of date when it lies in the data month
     * or the month after (the plan was brought up to date for this bulletin); else the data month's last day.
     */
    private Day date(Month month) throws ReportException {
        Optional<String> option = parameters.option(DATE_OPTION).filter(s -> !s.isBlank());
        if (option.isPresent()) {
            try {
                return Day.valueOf(option.get().strip());
            } catch (IllegalArgumentException e) {
                throw new ReportException(NLS.bind(Messages.BulletinReport_badDate, option.get()));
            }
        }
        Day asOf = index.plan().map(Plan::getAsOf).orElse(null);
        if (asOf != null && !asOf.isBefore(month.firstDay()) && !asOf.isAfter(month.next().lastDay())) {
            return asOf;
        }
        return month.lastDay();
    }

    /** The root's published rank for the month, by total or growth, with the movement since the month before. */
    private PeerRank peerRank(Indicator indicator, Organisation root, Month month, RankMeasure measure) {
        PeerGroup wanted = parameters.peerGroup() != null ? parameters.peerGroup() : indicator.getPeerGroup();
        List<RankObservation> ranks = index.ranks().stream()
                .filter(r -> r.getIndicator() == indicator && r.getOrganisation() == root && r.getMeasure() == measure)
                .filter(r -> r.getRank() >= 1 && r.getGroup() != null && (wanted == null || r.getGroup() == wanted))
                .toList();
        RankObservation current = latest(ranks, month, null);
        if (current == null) {
            return null;
        }
        RankObservation before = latest(ranks, month.previous(), current.getGroup());
        PeerGroup group = current.getGroup();
        String title = group.getTitle() == null || group.getTitle().isBlank() ? group.getName() : group.getTitle();
        int of = current.getOf() > 0 ? current.getOf() : group.getSize();
        return new PeerRank(String.valueOf(title), current.getRank(), of >= current.getRank() ? of : 0, month,
                before == null ? null : RankMovement.between(before.getRank(), current.getRank()));
    }

    private static RankObservation latest(List<RankObservation> ranks, Month month, PeerGroup group) {
        return ranks.stream().filter(r -> month.equals(r.getMonth()) && (group == null || r.getGroup() == group))
                .max(Comparator.comparing(RankObservation::getDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
    }

    /** 1-5月, or 1月 when the period has just begun. */
    private static String span(Period period, Month month) {
        int first = period.firstMonth().year() == month.year() ? period.firstMonth().month() : 1;
        return first == month.month() ? NLS.bind(Document.Words_month, month.month())
                : NLS.bind(Document.Words_months, first, month.month());
    }

    /** 市 for a city (and a name ending in 市), 县, 区 or 省; empty when neither name nor kind tells. */
    private static String level(Organisation root) {
        String name = MonthFigures.nameOf(root);
        if (!name.isEmpty() && "省市县区".indexOf(name.charAt(name.length() - 1)) >= 0) { //$NON-NLS-1$
            return name.substring(name.length() - 1);
        }
        return switch (root.getKind()) {
            case PROVINCE -> "省"; //$NON-NLS-1$
            case CITY -> "市"; //$NON-NLS-1$
            case COUNTY -> "县"; //$NON-NLS-1$
            case DISTRICT, ZONE -> "区"; //$NON-NLS-1$
            default -> ""; //$NON-NLS-1$
        };
    }

    /** 县市区 for counties, districts and zones; 部门 for departments; else 单位. */
    private static String unitsWord(List<Organisation> rows) {
        if (!rows.isEmpty() && rows.stream().allMatch(o -> COUNTY_LEVEL.contains(o.getKind()))) {
            return Document.Words_counties;
        }
        if (!rows.isEmpty() && rows.stream().allMatch(o -> o.getKind() == OrganisationKind.DEPARTMENT)) {
            return Document.Words_departments;
        }
        return Document.Words_units;
    }

    /** 甲, 甲和乙, 甲、乙和丙. */
    private static String subject(List<MonthFigures.Part> parts) {
        List<String> titles = parts.stream().map(p -> p.figures().title()).toList();
        if (titles.size() == 1) {
            return titles.get(0);
        }
        return String.join(Document.Words_list, titles.subList(0, titles.size() - 1)) + Document.Words_and
                + titles.get(titles.size() - 1);
    }
}
