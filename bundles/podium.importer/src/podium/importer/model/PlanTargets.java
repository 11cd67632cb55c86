/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

import podium.core.io.AtomicFiles;
import podium.importer.Bound;
import podium.importer.TargetProposal;
import podium.importer.internal.Messages;
import podium.model.Decomposition;
import podium.model.Direction;
import podium.model.Indicator;
import podium.model.Level;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.Plan;
import podium.model.Qualifier;
import podium.model.Share;
import podium.model.Target;
import podium.model.TargetSource;
import podium.model.Unit;
import podium.model.persistence.ModelStore;
import podium.model.time.Period;
import podium.model.units.Units;

/**
 * Places a speech's target proposals in a plan: each is matched to the plan's indicator of that name
 * (title, alias or code, else the longest title the speech's name contains), for the plan's
 * organisation and period or for the unit the speech names (其中宛城区确保320万美元: its share of the plan's split,
 * or else its own target), and compared with what the plan already has. Accepting a proposal adds that target
 * or share, or updates the levels the speech states on the existing one, keeping each level's bound (以上, 以内,
 * 左右). Accepting never weakens the plan: what the speech does not state (a level, a bound) is kept, and a
 * proposal that would lower a level or loosen its bound is not acceptable.
 */
public final class PlanTargets {

    /** How a proposal relates to the plan. */
    public enum Status {
        /** The plan has the indicator but no target (or share) for it yet. */
        NEW,
        /** The plan already has this target with the same levels. */
        SAME,
        /** The plan has a target for the indicator with other levels, none of them weaker. */
        DIFFERENT,
        /** Accepting would lower a level of the plan's target or loosen its bound (以上 to 左右). */
        WEAKER,
        /** No indicator of the plan has this name; the proposal cannot be placed. */
        UNKNOWN_INDICATOR,
        /** The speech states the target for a unit the plan does not know. */
        UNKNOWN_ORGANISATION,
        /** The unit of the speech cannot be converted to the indicator's unit. */
        INCOMPATIBLE_UNIT,
        /** The plan names no organisation or no period, so a target for it could not be written. */
        INCOMPLETE_PLAN
    }

    /**
     * A proposal placed in a plan.
     *
     * @param indicator    the plan's indicator, null when unknown
     * @param existing     the target the plan already has for it, or null
     * @param organisation the organisation the target is for (the plan's own, or the unit the speech names)
     * @param share        the share of that unit in the plan's split of the indicator, or null
     */
    public record Placement(TargetProposal proposal, Indicator indicator, Target existing, Status status,
            Organisation organisation, Share share) {

        public Placement(TargetProposal proposal, Indicator indicator, Target existing, Status status) {
            this(proposal, indicator, existing, status, null, null);
        }

        /** One line for people, with the proposal's source line. */
        public String describe() {
            return NLS.bind(Messages.PlanTargets_placement,
                    new Object[] {proposal.describe(), reason(), String.valueOf(proposal.line())});
        }

        /** How the proposal relates to the plan, in words: why it cannot be accepted when it cannot. */
        public String reason() {
            return describe(status);
        }

        private static String describe(Status status) {
            return switch (status) {
                case NEW -> Messages.PlanTargets_new;
                case SAME -> Messages.PlanTargets_same;
                case DIFFERENT -> Messages.PlanTargets_different;
                case WEAKER -> Messages.PlanTargets_weaker;
                case UNKNOWN_INDICATOR -> Messages.PlanTargets_unknownIndicator;
                case UNKNOWN_ORGANISATION -> Messages.PlanTargets_unknownOrganisation;
                case INCOMPATIBLE_UNIT -> Messages.PlanTargets_incompatibleUnit;
                case INCOMPLETE_PLAN -> Messages.PlanTargets_incompletePlan;
            };
        }
    }

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final Plan plan;
    private final Resource resource;

    private PlanTargets(Plan plan, Resource resource) {
        this.plan = plan;
        this.resource = resource;
    }

    /** The plan of {@code resource}, or null when it holds none. */
    public static PlanTargets in(Resource resource) {
        for (var it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Plan p) {
                return new PlanTargets(p, resource);
            }
        }
        return null;
    }

    public List<Placement> place(List<TargetProposal> proposals) {
        List<Placement> placements = new ArrayList<>();
        for (TargetProposal proposal : proposals) {
            placements.add(place(proposal));
        }
        return placements;
    }

    private Placement place(TargetProposal proposal) {
        if (plan.getOrganisation() == null || plan.getPeriod() == null) {
            return new Placement(proposal, null, null, Status.INCOMPLETE_PLAN);
        }
        Indicator indicator = indicatorNamed(proposal.indicator());
        if (indicator == null) {
            return new Placement(proposal, null, null, Status.UNKNOWN_INDICATOR);
        }
        Organisation organisation = organisationOf(proposal);
        if (organisation == null) {
            return new Placement(proposal, indicator, null, Status.UNKNOWN_ORGANISATION);
        }
        if (!compatible(proposal, indicator)) {
            return new Placement(proposal, indicator, null, Status.INCOMPATIBLE_UNIT, organisation, null);
        }
        Share share = organisation == plan.getOrganisation() ? null : shareOf(indicator, organisation);
        Target existing = share != null ? null : existingTarget(indicator, organisation);
        Level guarantee = share != null ? share.getGuarantee() : existing == null ? null : existing.getGuarantee();
        Level strive = share != null ? share.getStrive() : existing == null ? null : existing.getStrive();
        if (share == null && existing == null) {
            return new Placement(proposal, indicator, null, Status.NEW, organisation, null);
        }
        Comparison g = compare(guarantee, proposal.guarantee(), proposal.unit(), proposal.guaranteeBound(), indicator);
        Comparison s = compare(strive, proposal.strive(), proposal.striveUnit(), proposal.striveBound(), indicator);
        Status status = g == Comparison.WEAKER || s == Comparison.WEAKER ? Status.WEAKER
                : g == Comparison.SAME && s == Comparison.SAME ? Status.SAME : Status.DIFFERENT;
        return new Placement(proposal, indicator, existing, status, organisation, share);
    }

    /** Whether the placement can be accepted: it is new to the plan or differs from it without weakening it. */
    public static boolean acceptable(Placement placement) {
        return placement.status() == Status.NEW || placement.status() == Status.DIFFERENT;
    }

    /**
     * Adds the target (or the unit's share) of an accepted placement to the plan, or updates the existing one;
     * a level the speech does not state (a strive without a guarantee) is kept as the plan has it, and so is the
     * plan's bound of a level the speech states without one (确保8000万美元 keeps the plan's 以上).
     */
    public Target accept(Placement placement) {
        if (!acceptable(placement)) {
            throw new IllegalArgumentException("cannot accept a proposal that is " + placement.status());
        }
        TargetProposal proposal = placement.proposal();
        Organisation organisation = placement.organisation() != null ? placement.organisation()
                : plan.getOrganisation();
        if (placement.share() != null) {
            Share share = placement.share();
            share.setGuarantee(merged(share.getGuarantee(), proposal.guarantee(), proposal.unit(),
                    proposal.guaranteeBound()));
            share.setStrive(merged(share.getStrive(), proposal.strive(), proposal.striveUnit(),
                    proposal.striveBound()));
            return decompositionOf(share).getTarget();
        }
        Target target = placement.existing();
        if (target == null) {
            // no name: the language writes targets without one, and its serializer refuses a named target
            target = F.createTarget();
            target.setIndicator(placement.indicator());
            target.setOrganisation(organisation);
            target.setPeriod(plan.getPeriod());
            target.setSource(TargetSource.SELF);
            List<EObject> elements = containerOf(plan);
            elements.add(afterLastTarget(elements), target);
        }
        target.setGrowth(proposal.growth());
        target.setGuarantee(merged(target.getGuarantee(), proposal.guarantee(), proposal.unit(),
                proposal.guaranteeBound()));
        target.setStrive(merged(target.getStrive(), proposal.strive(), proposal.striveUnit(), proposal.striveBound()));
        return target;
    }

    /** Accepts every placement that can be accepted and skips the others; returns the targets written. */
    public List<Target> acceptAll(List<Placement> placements) {
        return placements.stream().filter(PlanTargets::acceptable).map(this::accept).toList();
    }

    /**
     * Saves the plan to {@code file} atomically, keeping the plan as it was before the import as
     * {@code NAME.before-import-<time>.bak}, which later saves do not replace ({@link AtomicFiles#keepBefore});
     * a {@code .podium} plan is written by the language's serializer, so it stays well-formed. Returns that
     * backup, or null when {@code file} is new.
     */
    public Path save(Path file) throws IOException {
        return AtomicFiles.saveKeepingBefore(file, AtomicFiles.IMPORT, LocalDateTime.now(), () -> ModelStore.save(resource, file));
    }

    /**
     * The indicator of that name, title or alias; else the one with the longest title inside the name; else the only
     * one whose title ends with a name of four or more characters (利用外资 for 实际利用外资, as speakers shorten it).
     */
    private Indicator indicatorNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        List<Indicator> indicators = all(Indicator.class);
        return indicators.stream()
                .filter(i -> name.equals(i.getTitle()) || name.equals(i.getName()) || i.getAliases().contains(name))
                .findFirst()
                .orElseGet(() -> indicators.stream()
                        .filter(i -> i.getTitle() != null && !i.getTitle().isBlank() && name.contains(i.getTitle()))
                        .max(Comparator.comparingInt(i -> i.getTitle().length()))
                        .orElseGet(() -> shortenedFrom(name, indicators)));
    }

    private static Indicator shortenedFrom(String name, List<Indicator> indicators) {
        if (name.length() < SHORT_NAME) {
            return null;
        }
        List<Indicator> longer = indicators.stream()
                .filter(i -> i.getTitle() != null && i.getTitle().endsWith(name)).toList();
        return longer.size() == 1 ? longer.get(0) : null;
    }

    private static final int SHORT_NAME = 4;

    /** The plan's organisation, or the one the speech names, by name, title or alias; null when unknown. */
    private Organisation organisationOf(TargetProposal proposal) {
        String name = proposal.organisation();
        if (name == null || name.isBlank()) {
            return plan.getOrganisation();
        }
        return all(Organisation.class).stream()
                .filter(o -> name.equals(o.getName()) || name.equals(o.getTitle()) || o.getAliases().contains(name))
                .findFirst().orElse(null);
    }

    /** Every element of a type the plan can see: those of its resource set (the other files of its folder). */
    private <T> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (var it = resource.getResourceSet() == null ? resource.getAllContents()
                : resource.getResourceSet().getAllContents(); it.hasNext();) {
            Object o = it.next();
            if (type.isInstance(o)) {
                found.add(type.cast(o));
            }
        }
        return found;
    }

    /** The share of {@code organisation} in the plan's split of the indicator for the plan's period, or null. */
    private Share shareOf(Indicator indicator, Organisation organisation) {
        for (Decomposition d : all(Decomposition.class)) {
            if (d.getIndicator() == indicator && Objects.equals(d.getPeriod(), plan.getPeriod())) {
                for (Share share : d.getShares()) {
                    if (share.getOrganisation() == organisation) {
                        return share;
                    }
                }
            }
        }
        return null;
    }

    private static Decomposition decompositionOf(Share share) {
        return (Decomposition) share.eContainer();
    }

    /** Whether every level's unit converts to the indicator's (a growth is in %). */
    private static boolean compatible(TargetProposal proposal, Indicator indicator) {
        return (proposal.guarantee() == null || unitOf(proposal.unit(), proposal.growth(), indicator) != null)
                && (proposal.strive() == null || unitOf(proposal.striveUnit(), proposal.growth(), indicator) != null);
    }

    /** The unit a level is stored in: as written when it converts to the indicator's unit. */
    private static Unit unitOf(String unit, boolean growth, Indicator indicator) {
        Unit written = unit == null ? Unit.NONE : Units.parse(unit);
        if (written == null) {
            return null;
        }
        if (growth) {
            return written == Unit.PERCENT ? Unit.PERCENT : null;
        }
        Unit expected = Units.effective(Unit.NONE, indicator);
        return expected == Unit.NONE || Units.compatible(written, expected) ? written : null;
    }

    private Target existingTarget(Indicator indicator, Organisation organisation) {
        Period period = plan.getPeriod();
        for (var it = resource.getAllContents(); it.hasNext();) {
            if (it.next() instanceof Target t && t.getIndicator() == indicator
                    && Objects.equals(t.getPeriod(), period) && t.getOrganisation() == organisation) {
                return t;
            }
        }
        return null;
    }

    /** How a level the speech states compares with the plan's. */
    private enum Comparison {
        SAME, DIFFERENT, WEAKER
    }

    /**
     * Compares the speech's level with the plan's: a level the speech does not state is the same, and so is one
     * without a bound when the value is equal (the plan's bound stays). Lower (for a higher-is-better indicator;
     * higher otherwise), or with a looser bound, it is weaker.
     */
    private static Comparison compare(Level level, BigDecimal value, String unitText, Bound bound,
            Indicator indicator) {
        if (value == null) {
            return Comparison.SAME;
        }
        if (level == null || level.getValue() == null) {
            return Comparison.DIFFERENT;
        }
        Unit parsed = unitText == null ? Unit.NONE : Units.parse(unitText);
        if (parsed == null) {
            return Comparison.DIFFERENT;
        }
        Unit unit = Units.effective(parsed, indicator);
        Unit stored = Units.effective(level.getUnit(), indicator);
        if (!Units.compatible(stored, unit)) {
            return Comparison.DIFFERENT;
        }
        int order = value.compareTo(Units.convert(level.getValue(), stored, unit));
        if (lowerIsBetter(indicator)) {
            order = -order;
        }
        if (order < 0) {
            return Comparison.WEAKER;
        }
        Qualifier planBound = level.getQualifier();
        Qualifier speechBound = qualifierOf(bound);
        if (order > 0) {
            return Comparison.DIFFERENT;
        }
        if (speechBound == Qualifier.EXACT || speechBound == planBound) {
            return Comparison.SAME;
        }
        return strength(speechBound, indicator) < strength(planBound, indicator) ? Comparison.WEAKER
                : Comparison.DIFFERENT;
    }

    /**
     * How firmly a bound holds the level in the indicator's good direction: at least (higher is better) or at most
     * (lower is better) is firmest, exact next, about after it, the other direction loosest.
     */
    private static int strength(Qualifier bound, Indicator indicator) {
        Qualifier firm = lowerIsBetter(indicator) ? Qualifier.AT_MOST : Qualifier.AT_LEAST;
        if (bound == firm) {
            return 3;
        }
        return switch (bound) {
            case EXACT, GUARANTEE, STRIVE -> 2;
            case ABOUT -> 1;
            default -> 0;
        };
    }

    private static boolean lowerIsBetter(Indicator indicator) {
        return indicator.getDirection() == Direction.LOWER_BETTER;
    }

    private static Qualifier qualifierOf(Bound bound) {
        return switch (bound) {
            case EXACT -> Qualifier.EXACT;
            case AT_LEAST -> Qualifier.AT_LEAST;
            case AT_MOST -> Qualifier.AT_MOST;
            case ABOUT -> Qualifier.ABOUT;
        };
    }

    /**
     * The level to write: the speech's value in the unit it is written in, with the speech's bound, or the plan's
     * bound when the speech states none; the plan's level when the speech states none.
     */
    private static Level merged(Level planLevel, BigDecimal value, String unitText, Bound bound) {
        if (value == null) {
            return planLevel;
        }
        Level level = F.createLevel();
        level.setValue(value);
        Unit unit = unitText == null ? Unit.NONE : Units.parse(unitText);
        level.setUnit(unit == null ? Unit.NONE : unit);
        Qualifier qualifier = qualifierOf(bound);
        if (qualifier == Qualifier.EXACT && planLevel != null && planLevel.getQualifier() != null) {
            qualifier = planLevel.getQualifier();
        }
        level.setQualifier(qualifier);
        return level;
    }

    /** New targets go after the last one, so that a plan written as text keeps its targets together. */
    private static int afterLastTarget(List<EObject> elements) {
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i) instanceof Target) {
                return i + 1;
            }
        }
        return elements.size();
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> containerOf(Plan plan) {
        EObject container = plan.eContainer();
        return (List<EObject>) container.eGet(plan.eContainmentFeature());
    }
}
