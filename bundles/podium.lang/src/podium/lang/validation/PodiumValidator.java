/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.validation;

import static podium.model.ModelPackage.Literals.*;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import podium.core.Severity;
import podium.lang.internal.Messages;
import podium.lang.naming.EnumKeywords;
import podium.model.Actual;
import podium.model.Basis;
import podium.model.Decomposition;
import podium.model.Direction;
import podium.model.Import;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Level;
import podium.model.Measure;
import podium.model.MeasureStatus;
import podium.model.Meeting;
import podium.model.Organisation;
import podium.model.PeerGroup;
import podium.model.Plan;
import podium.model.PlanElement;
import podium.model.PlanningFile;
import podium.model.Project;
import podium.model.ProjectStage;
import podium.model.Quantity;
import podium.model.RankObservation;
import podium.model.Share;
import podium.model.Speech;
import podium.model.StageChange;
import podium.model.Target;
import podium.model.Unit;
import podium.model.Aggregation;
import podium.model.rules.GrowthTargetWithoutBase;
import podium.model.rules.GuaranteeBeyondStrive;
import podium.model.rules.MeasureWithoutOwner;
import podium.model.rules.PaidInBeyondContract;
import podium.model.rules.Rule;
import podium.model.rules.SignedWithoutContract;
import podium.model.rules.TargetWithoutLevel;
import podium.model.rules.ZeroTargetWithLevel;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.model.units.Dimension;
import podium.model.units.Units;

/**
 * The language's rules, one {@code check...} method each, reported with the codes and configurable
 * severities of {@link IssueCodes}; see docs/validation.md.
 */
public class PodiumValidator extends AbstractPodiumValidator {
    private static final Set<Dimension> MONEY = Set.of(Dimension.US_DOLLARS, Dimension.YUAN);
    // Decisions shared with podium.model's catalogue; codes, messages and locations stay the language's.
    private static final GuaranteeBeyondStrive GUARANTEE_BEYOND_STRIVE = new GuaranteeBeyondStrive();
    private static final ZeroTargetWithLevel ZERO_TARGET_WITH_LEVEL = new ZeroTargetWithLevel();
    private static final TargetWithoutLevel TARGET_WITHOUT_LEVEL = new TargetWithoutLevel();
    private static final GrowthTargetWithoutBase GROWTH_TARGET_WITHOUT_BASE = new GrowthTargetWithoutBase();
    private static final PaidInBeyondContract PAID_IN_BEYOND_CONTRACT = new PaidInBeyondContract();
    private static final SignedWithoutContract SIGNED_WITHOUT_CONTRACT = new SignedWithoutContract();
    private static final MeasureWithoutOwner MEASURE_WITHOUT_OWNER = new MeasureWithoutOwner();

    @Inject
    private RuleSeverities severities;

    @Inject
    private WorkspaceFacts workspace;

    @Inject
    private org.eclipse.xtext.naming.IQualifiedNameProvider names;

    @Inject
    private EnumKeywords words;

    // ---- names and plan ----

    @Check
    public void checkUniqueName(PlanElement element) {
        var qn = names.getFullyQualifiedName(element);
        if (qn != null && facts(element).named(element.eClass(), qn.toString()).size() > 1) {
            report(IssueCodes.DUPLICATE_NAME, NLS.bind(Messages.Validator_duplicateName, IssueCodes.kindName(element.eClass()), qn), element, PLAN_ELEMENT__NAME);
        }
    }

    /** An import applies to the whole file wherever it stands, but readers look for imports at the top. */
    @Check
    public void checkImportPosition(Import anImport) {
        INode importNode = NodeModelUtils.getNode(anImport);
        if (importNode != null && FirstStatement.startsBefore((PlanningFile) anImport.eContainer(), importNode.getOffset())) {
            report(IssueCodes.IMPORT_AFTER_STATEMENTS, Messages.Validator_importBelowStatements, anImport, IMPORT__IMPORTED_NAMESPACE);
        }
    }

    @Check
    public void checkAliases(Organisation org) {
        PlanningFile file = EcoreUtil2.getContainerOfType(org, PlanningFile.class);
        for (String alias : org.getAliases()) {
            String qn = file == null || file.getName() == null ? alias : file.getName() + '.' + alias;
            if (!facts(org).named(ORGANISATION, qn).isEmpty()) {
                report(IssueCodes.AMBIGUOUS_ALIAS, NLS.bind(Messages.Validator_ambiguousAlias, alias),
                        org, ORGANISATION__ALIASES);
            }
        }
    }

    @Check
    public void checkAsOf(Plan plan) {
        if (plan.getPeriod() != null && plan.getAsOf() != null && !plan.getPeriod().contains(plan.getAsOf())) {
            report(IssueCodes.AS_OF_OUTSIDE_PERIOD, NLS.bind(Messages.Validator_asOfOutsidePeriod, plan.getAsOf(), plan.getPeriod()), plan, PLAN__AS_OF);
        }
    }

    @Check
    public void checkSinglePlan(Plan plan) {
        List<Plan> plans = facts(plan).plans();
        if (plans.size() > 1 && plans.get(0) != plan) {
            report(IssueCodes.SEVERAL_PLANS, NLS.bind(Messages.Validator_severalPlans, plans.get(0).getName()), plan, PLAN_ELEMENT__NAME);
        }
    }

    // ---- indicators and groups ----

    @Check
    public void checkIndicator(Indicator indicator) {
        if (indicator.getKind() == IndicatorKind.RATIO && indicator.getAggregation() == Aggregation.SUM) {
            report(IssueCodes.RATIO_SUMMED, NLS.bind(Messages.Validator_ratioSummed, indicator.getName()), indicator, INDICATOR__KIND);
        }
        if (indicator.getUnit() == Unit.PERCENTAGE_POINT) {
            report(IssueCodes.INDICATOR_IN_POINTS, Messages.Validator_indicatorInPoints,
                    indicator, INDICATOR__UNIT);
        }
        if (indicator.getTitle() == null || indicator.getTitle().isBlank()) {
            report(IssueCodes.INDICATOR_WITHOUT_TITLE, NLS.bind(Messages.Validator_indicatorWithoutTitle, indicator.getName()), indicator, PLAN_ELEMENT__NAME);
        }
    }

    @Check
    public void checkGroup(PeerGroup group) {
        if (group.getSize() < 1) {
            report(IssueCodes.GROUP_SIZE_INVALID, Messages.Validator_groupSizeInvalid, group, PEER_GROUP__SIZE);
        } else if (group.getMembers().size() > group.getSize()) {
            report(IssueCodes.GROUP_TOO_MANY_MEMBERS, NLS.bind(Messages.Validator_groupTooManyMembers, group.getMembers().size(),
                    group.getSize()), group, PEER_GROUP__MEMBERS);
        }
        Set<Organisation> seen = new HashSet<>();
        for (int i = 0; i < group.getMembers().size(); i++) {
            if (!seen.add(group.getMembers().get(i))) {
                report(IssueCodes.GROUP_DUPLICATE_MEMBER, Messages.Validator_groupDuplicateMember, group, PEER_GROUP__MEMBERS, i);
            }
        }
    }

    // ---- targets ----

    @Check
    public void checkLevels(Target target) {
        if (violates(GUARANTEE_BEYOND_STRIVE, target)) {
            reportLevelOrder(target.getIndicator(), target.getGuarantee(), target.getStrive(), target, TARGET__STRIVE);
        }
    }

    @Check
    public void checkDuplicateTarget(Target target) {
        Period period = facts(target).periodOf(target);
        if (target.getIndicator() == null || target.getOrganisation() == null || period == null) {
            return;
        }
        var key = new WorkspaceFacts.TargetKey(target.getIndicator(), target.getOrganisation(), period);
        if (facts(target).targets(key).size() > 1) {
            report(IssueCodes.DUPLICATE_TARGET, NLS.bind(Messages.Validator_duplicateTarget,
                    new Object[] {target.getIndicator().getName(), target.getOrganisation().getName(), period}), target, TARGET__INDICATOR);
        }
    }

    @Check
    public void checkTargetShape(Target target) {
        if (violates(ZERO_TARGET_WITH_LEVEL, target)) {
            report(IssueCodes.ZERO_WITH_LEVELS, Messages.Validator_zeroWithLevels, target, TARGET__ZERO);
        }
        if (violates(TARGET_WITHOUT_LEVEL, target)) {
            report(IssueCodes.TARGET_WITHOUT_LEVEL, Messages.Validator_targetWithoutLevel,
                    target, TARGET__INDICATOR);
        }
        if (violates(GROWTH_TARGET_WITHOUT_BASE, target)) {
            report(IssueCodes.GROWTH_WITHOUT_BASE, Messages.Validator_growthWithoutBase,
                    target, TARGET__GROWTH);
        }
        if (!target.isGrowth() && target.getBase() != null) {
            report(IssueCodes.BASE_WITHOUT_GROWTH, Messages.Validator_baseWithoutGrowth, target, TARGET__BASE);
        }
    }

    @Check
    public void checkTargetPeriod(Target target) {
        Plan plan = facts(target).plan();
        Period period = target.getPeriod();
        if (plan != null && plan.getPeriod() != null && period != null
                && (period.start().isBefore(plan.getPeriod().start()) || period.end().isAfter(plan.getPeriod().end()))) {
            report(IssueCodes.TARGET_OUTSIDE_PLAN, NLS.bind(Messages.Validator_targetOutsidePlan, period, plan.getPeriod()), target, TARGET__PERIOD);
        }
    }

    @Check
    public void checkTargetUnits(Target target) {
        Indicator indicator = target.getIndicator();
        for (Level level : levels(target.getGuarantee(), target.getStrive())) {
            if (target.isGrowth()) {
                if (level.getUnit() != Unit.NONE && level.getUnit() != Unit.PERCENT) {
                    report(IssueCodes.GROWTH_NOT_PERCENT, Messages.Validator_growthNotPercent, level, QUANTITY__UNIT);
                }
            } else {
                checkUnit(indicator, level);
            }
            if (!target.isGrowth() && level.getValue() != null && level.getValue().signum() < 0
                    && indicator != null && indicator.getKind() == IndicatorKind.FLOW) {
                report(IssueCodes.NEGATIVE_TARGET, NLS.bind(Messages.Validator_negativeTarget, indicator.getName()),
                        level, QUANTITY__VALUE);
            }
        }
        if (target.getBase() != null) {
            checkUnit(indicator, target.getBase());
        }
    }

    // ---- decompositions ----

    @Check
    public void checkDecomposition(Decomposition split) {
        Target target = parentTarget(split);
        if (target == null) {
            if (split.getIndicator() != null && !split.getIndicator().eIsProxy()) {
                report(IssueCodes.SPLIT_WITHOUT_TARGET, NLS.bind(Messages.Validator_splitWithoutTarget,
                        split.getIndicator().getName(), nameOf(parentOf(split))), split, DECOMPOSITION__INDICATOR);
            }
            return;
        }
        Unit unit = effectiveUnit(target.getGuarantee() != null ? target.getGuarantee() : target.getStrive(), split.getIndicator());
        checkSum(split, target.getGuarantee(), unit, true);
        checkSum(split, target.getStrive(), unit, false);
    }

    @Check
    public void checkShares(Decomposition split) {
        Organisation parent = parentOf(split);
        Set<Organisation> seen = new HashSet<>();
        for (Share share : split.getShares()) {
            Organisation org = share.getOrganisation();
            if (org == null || org.eIsProxy()) {
                continue;
            }
            if (!seen.add(org)) {
                report(IssueCodes.SPLIT_DUPLICATE_SHARE, NLS.bind(Messages.Validator_splitDuplicateShare, org.getName()), share, SHARE__ORGANISATION);
            }
            if (parent != null && !EcoreUtil2.isAncestor(parent, org)) {
                report(IssueCodes.SPLIT_NOT_CHILD, NLS.bind(Messages.Validator_splitNotChild, org.getName(), parent.getName()),
                        share, SHARE__ORGANISATION);
            }
            checkLevelOrder(split.getIndicator(), share.getGuarantee(), share.getStrive(), share, SHARE__STRIVE);
            for (Level level : levels(share.getGuarantee(), share.getStrive())) {
                checkUnit(split.getIndicator(), level);
            }
        }
    }

    // ---- actuals ----

    @Check
    public void checkActualPeriod(Actual actual) {
        Plan plan = facts(actual).plan();
        if (plan == null || actual.getMonth() == null) {
            return;
        }
        if (plan.getPeriod() != null && !plan.getPeriod().contains(actual.getMonth())) {
            report(IssueCodes.ACTUAL_OUTSIDE_PERIOD, NLS.bind(Messages.Validator_actualOutsidePeriod, actual.getMonth(), plan.getPeriod()), actual, ACTUAL__MONTH);
        } else if (plan.getAsOf() != null && actual.getMonth().isAfter(plan.getAsOf().month())) {
            report(IssueCodes.ACTUAL_AFTER_AS_OF, NLS.bind(Messages.Validator_actualAfterAsOf, actual.getMonth(), plan.getAsOf()), actual, ACTUAL__MONTH);
        }
        if (actual.getReportDate() != null && actual.getReportDate().isBefore(actual.getMonth().lastDay())) {
            report(IssueCodes.REPORTED_BEFORE_MONTH_END, NLS.bind(Messages.Validator_reportedBeforeMonthEnd, actual.getReportDate(),
                    actual.getMonth()), actual, ACTUAL__REPORT_DATE);
        }
    }

    @Check
    public void checkActualSeries(Actual actual) {
        if (actual.getIndicator() == null || actual.getOrganisation() == null || actual.getMonth() == null
                || actual.getValue() == null) {
            return;
        }
        checkUnit(actual.getIndicator(), actual.getUnit(), actual, ACTUAL__UNIT);
        List<Actual> series = facts(actual).series(WorkspaceFacts.seriesOf(actual));
        // The series is in month order: the same month and the month before are found by bisection,
        // so a long series (or a block of lines pasted twice) costs no quadratic time or output.
        int from = firstFrom(series, actual.getMonth(), false);
        int to = firstFrom(series, actual.getMonth(), true);
        if (series.subList(from, to).stream().anyMatch(other -> other != actual)) {
            report(IssueCodes.DUPLICATE_ACTUAL, NLS.bind(Messages.Validator_duplicateActual, words.of(actual.getBasis()),
                    actual.getMonth()), actual, ACTUAL__MONTH);
        }
        Actual previous = from > 0 && series.get(from - 1).getMonth() != null
                && series.get(from - 1).getMonth().year() == actual.getMonth().year() ? series.get(from - 1) : null;
        if (actual.getBasis() == Basis.CUMULATIVE) {
            checkCumulative(actual, previous);
        }
    }

    /** The index of the first actual whose month is at least (or, with {@code after}, after) {@code month}. */
    private static int firstFrom(List<Actual> series, Month month, boolean after) {
        int low = 0;
        int high = series.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            Month other = series.get(middle).getMonth();
            int order = other == null ? -1 : other.compareTo(month);
            if (order < 0 || after && order == 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private void checkCumulative(Actual actual, Actual previous) {
        Indicator indicator = actual.getIndicator();
        if (previous != null && previous.getValue() != null && indicator.getKind() == IndicatorKind.FLOW
                && compare(actual, previous) < 0) {
            report(IssueCodes.CUMULATIVE_DECREASING, NLS.bind(Messages.Validator_cumulativeDecreasing, new Object[] {
                    actual.getValue().toPlainString(), actual.getMonth(), previous.getValue().toPlainString(), previous.getMonth()}), actual, ACTUAL__VALUE);
        }
        List<Actual> monthly = facts(actual).series(new WorkspaceFacts.SeriesKey(indicator, actual.getOrganisation(), Basis.MONTHLY));
        List<Actual> upTo = monthly.stream().filter(m -> m.getMonth() != null && m.getValue() != null
                && m.getMonth().year() == actual.getMonth().year() && !m.getMonth().isAfter(actual.getMonth())).toList();
        if (indicator.getKind() == IndicatorKind.FLOW && upTo.size() == actual.getMonth().month()) {
            BigDecimal sum = upTo.stream().map(m -> inUnit(m.getValue(), m.getUnit(), actual.getUnit(), indicator))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(actual.getValue()) != 0) {
                report(IssueCodes.MONTHLY_SUM_MISMATCH, NLS.bind(Messages.Validator_monthlySumMismatch,
                        sum.stripTrailingZeros().toPlainString(), actual.getValue().toPlainString()), actual, ACTUAL__VALUE);
            }
        }
    }

    // ---- ranks ----

    @Check
    public void checkRank(RankObservation rank) {
        PeerGroup group = rank.getGroup();
        int size = rank.getOf() > 0 ? rank.getOf() : group == null || group.eIsProxy() ? 0 : group.getSize();
        if (rank.getRank() < 1) {
            report(IssueCodes.RANK_BELOW_ONE, Messages.Validator_rankBelowOne, rank, RANK_OBSERVATION__RANK);
        } else if (size > 0 && rank.getRank() > size) {
            report(IssueCodes.RANK_ABOVE_GROUP_SIZE, NLS.bind(Messages.Validator_rankAboveGroupSize, rank.getRank(), size), rank,
                    RANK_OBSERVATION__RANK);
        }
        if (group == null || group.eIsProxy()) {
            return;
        }
        if (rank.getOf() > 0 && group.getSize() > 0 && rank.getOf() != group.getSize()) {
            report(IssueCodes.RANK_SIZE_DIFFERS, NLS.bind(Messages.Validator_rankSizeDiffers,
                    new Object[] {rank.getOf(), group.getName(), group.getSize()}), rank, RANK_OBSERVATION__OF);
        }
        if (!group.getMembers().isEmpty() && rank.getOrganisation() != null
                && !group.getMembers().contains(rank.getOrganisation())) {
            report(IssueCodes.RANK_NOT_MEMBER, NLS.bind(Messages.Validator_rankNotMember, rank.getOrganisation().getName(),
                    group.getName()), rank, RANK_OBSERVATION__ORGANISATION);
        }
        for (RankObservation other : facts(rank).ranks(WorkspaceFacts.seriesOf(rank))) {
            if (other != rank && other.getMeasure() == rank.getMeasure() && rank.getMonth() != null
                    && rank.getMonth().equals(other.getMonth())) {
                report(IssueCodes.DUPLICATE_RANK, NLS.bind(Messages.Validator_duplicateRank, rank.getMonth()),
                        rank, RANK_OBSERVATION__MONTH);
                return;
            }
        }
    }

    // ---- projects ----

    @Check
    public void checkProjectAmounts(Project project) {
        Quantity contract = project.getContractAmount();
        Quantity paid = project.getPaidInAmount();
        for (Quantity q : new Quantity[] {contract, paid}) {
            if (q != null && q.getUnit() != Unit.NONE && !MONEY.contains(Units.dimensionOf(q.getUnit()))) {
                report(IssueCodes.PROJECT_AMOUNT_NOT_MONEY, NLS.bind(Messages.Validator_amountNotMoney, q.getUnit().getLiteral()), q, QUANTITY__UNIT);
            }
        }
        if (violates(PAID_IN_BEYOND_CONTRACT, project)) {
            report(IssueCodes.PAID_ABOVE_CONTRACT, NLS.bind(Messages.Validator_paidAboveContract,
                    paid.getValue().toPlainString(), contract.getValue().toPlainString()), project, PROJECT__PAID_IN_AMOUNT);
        }
        if (violates(SIGNED_WITHOUT_CONTRACT, project)) {
            report(IssueCodes.SIGNED_WITHOUT_CONTRACT, NLS.bind(Messages.Validator_signedWithoutContract, words.of(project.getStage())), project, PROJECT__STAGE);
        }
        if (project.getStage() == ProjectStage.TRACKING && paid != null && paid.getValue() != null && paid.getValue().signum() > 0) {
            report(IssueCodes.TRACKING_WITH_PAID_IN, Messages.Validator_trackingWithPaidIn, project, PROJECT__PAID_IN_AMOUNT);
        }
        if (project.getLeader() == null || project.getLeader().isBlank()) {
            report(IssueCodes.PROJECT_WITHOUT_LEADER, NLS.bind(Messages.Validator_projectWithoutLeader, project.getTitle()),
                    project, PROJECT__TITLE);
        }
    }

    @Check
    public void checkStageHistory(Project project) {
        List<StageChange> changes = project.getStageChanges();
        for (int i = 1; i < changes.size(); i++) {
            StageChange before = changes.get(i - 1);
            StageChange after = changes.get(i);
            if (after.getStage().getValue() < before.getStage().getValue()
                    || (after.getDate() != null && before.getDate() != null && after.getDate().isBefore(before.getDate()))) {
                report(IssueCodes.STAGE_HISTORY_ORDER, NLS.bind(Messages.Validator_stageHistoryBackwards, words.of(after.getStage())),
                        after, STAGE_CHANGE__STAGE);
            }
        }
        if (!changes.isEmpty() && changes.get(changes.size() - 1).getStage() != project.getStage()) {
            report(IssueCodes.STAGE_HISTORY_ORDER, NLS.bind(Messages.Validator_stageHistoryEndsElsewhere,
                    words.of(changes.get(changes.size() - 1).getStage()), words.of(project.getStage())), project, PROJECT__STAGE);
        }
    }

    // ---- measures ----

    @Check
    public void checkMeasure(Measure measure) {
        if (violates(MEASURE_WITHOUT_OWNER, measure)) {
            report(IssueCodes.MEASURE_WITHOUT_OWNER, NLS.bind(Messages.Validator_measureWithoutOwner, measure.getTitle()),
                    measure, MEASURE__TITLE);
        }
        boolean closed = measure.getStatus() == MeasureStatus.DONE || measure.getStatus() == MeasureStatus.CANCELLED;
        if (measure.getStatus() == MeasureStatus.DONE && measure.getCompleted() == null) {
            report(IssueCodes.COMPLETION_STATUS, Messages.Validator_doneWithoutCompletion, measure, MEASURE__STATUS);
        } else if (measure.getCompleted() != null && measure.getStatus() != MeasureStatus.DONE) {
            report(IssueCodes.COMPLETION_STATUS, NLS.bind(Messages.Validator_completionWithoutDone, words.of(measure.getStatus())),
                    measure, MEASURE__COMPLETED);
        }
        Plan plan = facts(measure).plan();
        if (plan == null) {
            return;
        }
        if (plan.getPeriod() != null && measure.getDue() != null && measure.getDue().isBefore(plan.getPeriod().start())) {
            report(IssueCodes.DEADLINE_BEFORE_PLAN, NLS.bind(Messages.Validator_deadlineBeforePlan, measure.getDue(),
                    plan.getPeriod().start()), measure, MEASURE__DUE);
        } else if (plan.getAsOf() != null && measure.getDue() != null && !closed && measure.getDue().isBefore(plan.getAsOf())) {
            report(IssueCodes.MEASURE_OVERDUE, NLS.bind(Messages.Validator_measureOverdue, measure.getDue(), plan.getAsOf()),
                    measure, MEASURE__DUE);
        }
        if (plan.getAsOf() != null && measure.getCompleted() != null && measure.getCompleted().isAfter(plan.getAsOf())) {
            report(IssueCodes.COMPLETED_IN_FUTURE, NLS.bind(Messages.Validator_completedInFuture, measure.getCompleted(), plan.getAsOf()), measure, MEASURE__COMPLETED);
        }
    }

    // ---- meetings ----

    @Check
    public void checkMeeting(Meeting meeting) {
        Plan plan = meeting.getPlan() != null && !meeting.getPlan().eIsProxy() ? meeting.getPlan() : facts(meeting).plan();
        if (plan != null && plan.getPeriod() != null && meeting.getDate() != null && !plan.getPeriod().contains(meeting.getDate())) {
            report(IssueCodes.MEETING_OUTSIDE_PERIOD, NLS.bind(Messages.Validator_meetingOutsidePeriod, meeting.getDate(), plan.getPeriod()), meeting, MEETING__DATE);
        }
    }

    @Check
    public void checkSpeech(Speech speech) {
        if (speech.eContainer() instanceof Meeting container && speech.getMeeting() != null
                && speech.getMeeting() != container) {
            report(IssueCodes.SPEECH_MEETING_CONFLICT, NLS.bind(Messages.Validator_speechMeetingConflict, container.getName()), speech, SPEECH__MEETING);
        }
    }

    // ---- helpers ----

    /** The share's levels in the order the model's rule demands of a target's (that rule only takes targets). */
    private void checkLevelOrder(Indicator indicator, Level guarantee, Level strive, EObject source, EStructuralFeature feature) {
        if (guarantee == null || strive == null || guarantee.getValue() == null || strive.getValue() == null) {
            return;
        }
        Unit unit = effectiveUnit(strive, indicator);
        if (!Units.compatible(effectiveUnit(guarantee, indicator), unit)) {
            return;
        }
        BigDecimal g = Units.convert(guarantee.getValue(), effectiveUnit(guarantee, indicator), unit);
        int cmp = strive.getValue().compareTo(g);
        if (lowerBetter(indicator) ? cmp > 0 : cmp < 0) {
            reportLevelOrder(indicator, guarantee, strive, source, feature);
        }
    }

    private void reportLevelOrder(Indicator indicator, Level guarantee, Level strive, EObject source, EStructuralFeature feature) {
        report(IssueCodes.STRIVE_BELOW_GUARANTEE, NLS.bind(lowerBetter(indicator) ? Messages.Validator_striveLooserThanGuarantee
                : Messages.Validator_striveBelowGuarantee, strive.getValue().toPlainString(), guarantee.getValue().toPlainString()),
                source, feature);
    }

    private static boolean lowerBetter(Indicator indicator) {
        return indicator != null && !indicator.eIsProxy() && indicator.getDirection() == Direction.LOWER_BETTER;
    }

    private static <T extends EObject> boolean violates(Rule<T> rule, T element) {
        return !rule.check(element).isEmpty();
    }

    private void checkUnit(Indicator indicator, Quantity quantity) {
        checkUnit(indicator, quantity.getUnit(), quantity, QUANTITY__UNIT);
    }

    private void checkUnit(Indicator indicator, Unit unit, EObject source, EStructuralFeature feature) {
        if (indicator == null || indicator.eIsProxy() || unit == Unit.NONE || indicator.getUnit() == Unit.NONE
                || Units.compatible(unit, indicator.getUnit())) {
            return;
        }
        boolean rates = Set.of(Unit.PERCENT, Unit.PERCENTAGE_POINT).containsAll(Set.of(unit, indicator.getUnit()));
        if (rates) {
            report(IssueCodes.PERCENT_VS_POINTS, NLS.bind(Messages.Validator_percentVsPoints,
                    new Object[] {unit.getLiteral(), indicator.getName(), indicator.getUnit().getLiteral()}), source, feature);
        } else {
            report(IssueCodes.UNIT_MISMATCH, NLS.bind(Messages.Validator_unitMismatch,
                    new Object[] {unit.getLiteral(), indicator.getUnit().getLiteral(), indicator.getName()}), source, feature, indicator.getUnit().getLiteral());
        }
    }

    private void checkSum(Decomposition split, Level parent, Unit unit, boolean guarantee) {
        if (parent == null || parent.getValue() == null || split.getShares().isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Share share : split.getShares()) {
            Level level = guarantee ? share.getGuarantee() : share.getStrive();
            if (level == null || level.getValue() == null || !Units.compatible(effectiveUnit(level, split.getIndicator()), unit)) {
                return;
            }
            sum = sum.add(Units.convert(level.getValue(), effectiveUnit(level, split.getIndicator()), unit));
        }
        Unit parentUnit = effectiveUnit(parent, split.getIndicator());
        if (!Units.compatible(parentUnit, unit)) {
            return;
        }
        BigDecimal target = Units.convert(parent.getValue(), parentUnit, unit);
        BigDecimal difference = sum.subtract(target);
        if (difference.signum() != 0) {
            String word = guarantee ? "确保" : "力争";
            report(guarantee ? IssueCodes.SPLIT_GUARANTEE_SUM : IssueCodes.SPLIT_STRIVE_SUM, NLS.bind(Messages.Validator_splitSum,
                    new Object[] {word, plain(sum), plain(target), unit.getLiteral(), (difference.signum() > 0 ? "+" : "") + plain(difference)}), split, DECOMPOSITION__SHARES,
                    plain(difference), unit.getLiteral());
        }
    }

    private Target parentTarget(Decomposition split) {
        if (split.getTarget() != null) {
            return split.getTarget();
        }
        Organisation parent = parentOf(split);
        Period period = split.getPeriod();
        if (period == null) {
            Plan plan = facts(split).plan();
            period = plan == null ? null : plan.getPeriod();
        }
        if (parent == null || period == null || split.getIndicator() == null) {
            return null;
        }
        List<Target> targets = facts(split).targets(new WorkspaceFacts.TargetKey(split.getIndicator(), parent, period));
        return targets.isEmpty() ? null : targets.get(0);
    }

    private Organisation parentOf(Decomposition split) {
        if (split.getParent() != null) {
            return split.getParent().eIsProxy() ? null : split.getParent();
        }
        Plan plan = facts(split).plan();
        return plan == null ? null : plan.getOrganisation();
    }

    private static Unit effectiveUnit(Quantity quantity, Indicator indicator) {
        return Units.effective(quantity == null ? Unit.NONE : quantity.getUnit(),
                indicator == null || indicator.eIsProxy() ? null : indicator);
    }

    private static BigDecimal inUnit(BigDecimal value, Unit from, Unit to, Indicator indicator) {
        Unit f = from == Unit.NONE ? indicator.getUnit() : from;
        Unit t = to == Unit.NONE ? indicator.getUnit() : to;
        return Units.compatible(f, t) ? Units.convert(value, f, t) : value;
    }

    private static int compare(Actual a, Actual b) {
        return a.getValue().compareTo(inUnit(b.getValue(), b.getUnit(), a.getUnit(), a.getIndicator()));
    }

    private static List<Level> levels(Level... levels) {
        return java.util.Arrays.stream(levels).filter(java.util.Objects::nonNull).toList();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String nameOf(Organisation org) {
        return org == null ? Messages.Validator_thePlansOrganisation : org.getName();
    }

    /** The workspace's indexes, taken once per validation run (one file) and reused by every check of the run. */
    private WorkspaceFacts.View facts(EObject context) {
        Map<Object, Object> run = getContext();
        if (run == null) {
            return workspace.of(context);
        }
        return (WorkspaceFacts.View) run.computeIfAbsent(WorkspaceFacts.View.class, k -> workspace.of(context));
    }

    private void report(IssueCodes rule, String message, EObject source, EStructuralFeature feature, String... data) {
        report(rule, message, source, feature, -1, data);
    }

    private void report(IssueCodes rule, String message, EObject source, EStructuralFeature feature, int index, String... data) {
        Severity severity = severities.severityOf(rule);
        switch (severity) {
            case ERROR -> error(message, source, feature, index, rule.code(), data);
            case WARNING -> warning(message, source, feature, index, rule.code(), data);
            case INFO -> info(message, source, feature, index, rule.code(), data);
            case IGNORE -> { }
        }
    }
}
