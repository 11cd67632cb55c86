/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

import podium.importer.TargetProposal;
import podium.importer.internal.Messages;
import podium.model.Indicator;
import podium.model.Level;
import podium.model.ModelFactory;
import podium.model.Organisation;
import podium.model.Plan;
import podium.model.Target;
import podium.model.TargetSource;
import podium.model.Unit;
import podium.model.persistence.ModelStore;
import podium.model.time.Period;
import podium.model.units.Units;

/**
 * Places a speech's target proposals in a plan: each is matched to the plan's indicator of that name
 * (title, alias or code, else the longest title the speech's name contains), for the plan's
 * organisation and period, and compared with the target the plan already has. Accepting a proposal
 * adds that target, or updates the levels the speech states on the existing one.
 */
public final class PlanTargets {

    /** How a proposal relates to the plan. */
    public enum Status {
        /** The plan has the indicator but no target for it yet. */
        NEW,
        /** The plan already has this target with the same levels. */
        SAME,
        /** The plan has a target for the indicator with other levels. */
        DIFFERENT,
        /** No indicator of the plan has this name; the proposal cannot be placed. */
        UNKNOWN_INDICATOR,
        /** The unit of the speech cannot be converted to the indicator's unit. */
        INCOMPATIBLE_UNIT,
        /** The plan names no organisation or no period, so a target for it could not be written. */
        INCOMPLETE_PLAN
    }

    /**
     * A proposal placed in a plan.
     *
     * @param indicator the plan's indicator, null when unknown
     * @param existing  the target the plan already has for it, or null
     */
    public record Placement(TargetProposal proposal, Indicator indicator, Target existing, Status status) {

        /** One line for people, with the proposal's source line. */
        public String describe() {
            return NLS.bind(Messages.PlanTargets_placement,
                    new Object[] {proposal.describe(), describe(status), String.valueOf(proposal.line())});
        }

        private static String describe(Status status) {
            return switch (status) {
                case NEW -> Messages.PlanTargets_new;
                case SAME -> Messages.PlanTargets_same;
                case DIFFERENT -> Messages.PlanTargets_different;
                case UNKNOWN_INDICATOR -> Messages.PlanTargets_unknownIndicator;
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
        Unit unit = unitOf(proposal, indicator);
        if (unit == null) {
            return new Placement(proposal, indicator, null, Status.INCOMPATIBLE_UNIT);
        }
        Target existing = existingTarget(indicator);
        if (existing == null) {
            return new Placement(proposal, indicator, null, Status.NEW);
        }
        boolean same = sameLevel(existing.getGuarantee(), proposal.guarantee(), unit, indicator)
                && sameLevel(existing.getStrive(), proposal.strive(), unit, indicator);
        return new Placement(proposal, indicator, existing, same ? Status.SAME : Status.DIFFERENT);
    }

    /** Whether the placement can be accepted: it is new to the plan or differs from what the plan has. */
    public static boolean acceptable(Placement placement) {
        return placement.status() == Status.NEW || placement.status() == Status.DIFFERENT;
    }

    /**
     * Adds the target of an accepted placement to the plan, or updates the existing one; a level the
     * speech does not state (a strive without a guarantee) is kept as the plan has it.
     */
    public Target accept(Placement placement) {
        if (!acceptable(placement)) {
            throw new IllegalArgumentException("cannot accept a proposal that is " + placement.status());
        }
        TargetProposal proposal = placement.proposal();
        Unit unit = unitOf(proposal, placement.indicator());
        Target target = placement.existing();
        if (target == null) {
            // no name: the language writes targets without one, and its serializer refuses a named target
            target = F.createTarget();
            target.setIndicator(placement.indicator());
            target.setOrganisation(plan.getOrganisation());
            target.setPeriod(plan.getPeriod());
            target.setSource(TargetSource.SELF);
            List<EObject> elements = containerOf(plan);
            elements.add(afterLastTarget(elements), target);
        }
        target.setGrowth(proposal.growth());
        if (proposal.guarantee() != null) {
            target.setGuarantee(level(proposal.guarantee(), unit));
        }
        if (proposal.strive() != null) {
            target.setStrive(level(proposal.strive(), unit));
        }
        return target;
    }

    /** Accepts every placement that can be accepted and skips the others; returns the targets written. */
    public List<Target> acceptAll(List<Placement> placements) {
        return placements.stream().filter(PlanTargets::acceptable).map(this::accept).toList();
    }

    /**
     * Saves the plan to {@code file} atomically, keeping the previous content as {@code file.bak}; a
     * {@code .podium} plan is written by the language's serializer, so it stays well-formed.
     */
    public void save(Path file) throws IOException {
        ModelStore.save(resource, file);
    }

    /** The indicator of that name, title or alias; else the one with the longest title inside the name. */
    private Indicator indicatorNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        List<Indicator> indicators = indicators();
        return indicators.stream()
                .filter(i -> name.equals(i.getTitle()) || name.equals(i.getName()) || i.getAliases().contains(name))
                .findFirst()
                .orElseGet(() -> indicators.stream()
                        .filter(i -> i.getTitle() != null && !i.getTitle().isBlank() && name.contains(i.getTitle()))
                        .max(Comparator.comparingInt(i -> i.getTitle().length())).orElse(null));
    }

    /** Every indicator the plan can see: those of its resource set (the other files of its folder). */
    private List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        for (var it = resource.getResourceSet() == null ? resource.getAllContents()
                : resource.getResourceSet().getAllContents(); it.hasNext();) {
            if (it.next() instanceof Indicator i) {
                indicators.add(i);
            }
        }
        return indicators;
    }

    /** The unit the levels are stored in: as written when it converts to the indicator's unit. */
    private static Unit unitOf(TargetProposal proposal, Indicator indicator) {
        Unit written = proposal.unit() == null ? Unit.NONE : Units.parse(proposal.unit());
        if (written == null) {
            return null;
        }
        if (proposal.growth()) {
            return written == Unit.PERCENT ? Unit.PERCENT : null;
        }
        Unit expected = Units.effective(Unit.NONE, indicator);
        return expected == Unit.NONE || Units.compatible(written, expected) ? written : null;
    }

    private Target existingTarget(Indicator indicator) {
        Period period = plan.getPeriod();
        Organisation organisation = plan.getOrganisation();
        for (var it = resource.getAllContents(); it.hasNext();) {
            if (it.next() instanceof Target t && t.getIndicator() == indicator
                    && Objects.equals(t.getPeriod(), period) && t.getOrganisation() == organisation) {
                return t;
            }
        }
        return null;
    }

    /** Whether the plan's level is the one the speech states; a level the speech does not state is kept. */
    private static boolean sameLevel(Level level, BigDecimal value, Unit unit, Indicator indicator) {
        if (value == null) {
            return true;
        }
        if (level == null || level.getValue() == null) {
            return false;
        }
        Unit stored = Units.effective(level.getUnit(), indicator);
        Unit target = Units.effective(unit, indicator);
        if (!Units.compatible(stored, target)) {
            return false;
        }
        return Units.convert(level.getValue(), stored, target).compareTo(value) == 0;
    }

    /** 确保 and 力争 already say "at least": the level carries no qualifier of its own. */
    private static Level level(BigDecimal value, Unit unit) {
        Level level = F.createLevel();
        level.setValue(value);
        level.setUnit(unit);
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
