/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.targets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import podium.core.Problem;
import podium.core.Severity;
import podium.importer.ImportedFigure;
import podium.lang.tools.PodiumWorkspace;
import podium.model.Indicator;
import podium.model.Level;
import podium.model.ModelFactory;
import podium.model.Plan;
import podium.model.PlanningFile;
import podium.model.Target;
import podium.model.Unit;
import podium.model.persistence.ModelStore;
import podium.model.query.ModelIndex;

/**
 * A plan file loaded with the other .podium files of its folder, to which accepted target proposals
 * are added; saving goes through the language's serializer, so the file stays well-formed.
 */
public final class PlanTargets {

    /** What accepting a proposal would do to the plan. */
    public enum Outcome { ADD, REPLACE, NO_INDICATOR, NO_PLAN }

    private final Path file;
    private final Resource resource;
    private final ModelIndex index;
    private final List<Problem> errors;

    private PlanTargets(Path file, Resource resource, ModelIndex index, List<Problem> errors) {
        this.file = file;
        this.resource = resource;
        this.index = index;
        this.errors = errors;
    }

    /** Loads {@code file} and its folder's other .podium files; errors of the file itself are kept. */
    public static PlanTargets load(Path file) {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        Path wanted = file.toAbsolutePath();
        workspace.add(wanted.getParent());
        Resource resource = workspace.files().entrySet().stream().filter(e -> e.getValue().toAbsolutePath().equals(wanted))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Severity.ERROR)
                .filter(p -> Path.of(p.path()).toAbsolutePath().equals(wanted)).toList();
        ModelIndex index = ModelIndex.of(workspace.resourceSet());
        return new PlanTargets(file, resource, index, errors);
    }

    /** Errors that make the plan unsafe to write (it would not round-trip); empty when it can be changed. */
    public List<Problem> errors() {
        if (resource == null || ModelStore.root(resource, PlanningFile.class) == null) {
            return List.of(new Problem(file.toString(), 0, 0, Severity.ERROR, "no-plan", "not a plan file"));
        }
        return errors;
    }

    /** The plan the targets are for: one declared in this file, else any in its folder. */
    public Optional<Plan> plan() {
        PlanningFile root = resource == null ? null : ModelStore.root(resource, PlanningFile.class);
        Optional<Plan> own = root == null ? Optional.empty()
                : root.getElements().stream().filter(Plan.class::isInstance).map(Plan.class::cast).findFirst();
        return own.isPresent() ? own : index.plan();
    }

    /** The plan's indicator the speech means: by name, title or alias, else the longest title the name contains. */
    public Optional<Indicator> indicator(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<Indicator> exact = index.indicator(name);
        if (exact.isPresent()) {
            return exact;
        }
        return index.indicators().stream().filter(i -> i.getTitle() != null && !i.getTitle().isBlank() && name.contains(i.getTitle()))
                .max(Comparator.comparingInt(i -> i.getTitle().length()));
    }

    public Outcome outcome(TargetProposal proposal) {
        Optional<Plan> plan = plan();
        if (plan.isEmpty() || plan.get().getOrganisation() == null || plan.get().getPeriod() == null) {
            return Outcome.NO_PLAN;
        }
        Optional<Indicator> indicator = indicator(proposal.indicatorName());
        if (indicator.isEmpty()) {
            return Outcome.NO_INDICATOR;
        }
        return existing(indicator.get(), plan.get()).isPresent() ? Outcome.REPLACE : Outcome.ADD;
    }

    private Optional<Target> existing(Indicator indicator, Plan plan) {
        return index.target(indicator, plan.getOrganisation(), plan.getPeriod());
    }

    /** Adds or updates the targets of the accepted proposals in memory; returns how many were written. */
    public int apply(List<TargetProposal> accepted) {
        PlanningFile root = ModelStore.root(resource, PlanningFile.class);
        int written = 0;
        for (TargetProposal proposal : accepted) {
            Outcome outcome = outcome(proposal);
            if (outcome != Outcome.ADD && outcome != Outcome.REPLACE) {
                continue;
            }
            Plan plan = plan().orElseThrow();
            Indicator indicator = indicator(proposal.indicatorName()).orElseThrow();
            Target target = existing(indicator, plan).orElseGet(() -> newTarget(root, indicator, plan));
            if (proposal.guarantee() != null) {
                target.setGuarantee(level(proposal.guarantee()));
            }
            if (proposal.strive() != null) {
                target.setStrive(level(proposal.strive()));
            }
            written++;
        }
        return written;
    }

    /** Saves the plan atomically; the previous file is kept as {@code .bak}. */
    public void save() throws IOException {
        ModelStore.save(resource, file);
    }

    private static Target newTarget(PlanningFile root, Indicator indicator, Plan plan) {
        Target target = ModelFactory.eINSTANCE.createTarget();
        target.setIndicator(indicator);
        target.setOrganisation(plan.getOrganisation());
        target.setPeriod(plan.getPeriod());
        root.getElements().add(afterLastTarget(root), target);
        return target;
    }

    private static int afterLastTarget(PlanningFile root) {
        List<? extends EObject> elements = root.getElements();
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i) instanceof Target) {
                return i + 1;
            }
        }
        return elements.size();
    }

    private static Level level(ImportedFigure figure) {
        Level level = ModelFactory.eINSTANCE.createLevel();
        level.setValue(figure.value());
        Unit unit = figure.unit() == null ? null : Unit.get(figure.unit());
        if (unit != null && unit != Unit.NONE) {
            level.setUnit(unit);
        }
        return level;
    }
}
