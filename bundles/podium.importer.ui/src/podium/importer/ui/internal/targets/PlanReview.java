/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.targets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import podium.core.Problem;
import podium.core.Severity;
import podium.importer.TargetProposal;
import podium.importer.model.PlanTargets;
import podium.importer.model.PlanTargets.Placement;
import podium.lang.tools.PlanLoader;
import podium.model.persistence.LoadResult;

/**
 * A plan file loaded for the review dialog, with the speech's proposals placed in it by the
 * importer, exactly as {@code podium import --propose-targets} places them.
 */
public final class PlanReview {

    /** Code of the problem for a file that loads but declares no plan. */
    public static final String NO_PLAN = "no-plan"; //-NLS-1$

    private final List<Problem> errors;
    private final PlanTargets targets;
    private final List<Placement> placed;
    private final Map<TargetProposal, Placement> placements = new IdentityHashMap<>();

    private PlanReview(List<Problem> errors, PlanTargets targets, List<TargetProposal> proposals) {
        this.errors = errors;
        this.targets = targets;
        this.placed = targets == null ? List.of() : targets.place(proposals);
        for (int i = 0; i < placed.size(); i++) {
            placements.put(proposals.get(i), placed.get(i));
        }
    }

    /** Loads {@code file} with the other files of its folder and places {@code proposals} in its plan. */
    public static PlanReview load(Path file, List<TargetProposal> proposals) {
        LoadResult loaded = PlanLoader.load(file);
        if (!loaded.ok()) {
            return new PlanReview(loaded.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList(),
                    null, proposals);
        }
        PlanTargets targets = PlanTargets.in(loaded.resource());
        List<Problem> errors = targets != null ? List.of()
                : List.of(new Problem(file.toString(), 0, 0, Severity.ERROR, NO_PLAN, "not a plan file")); //-NLS-1$
        return new PlanReview(errors, targets, proposals);
    }

    /** Why the plan must not be written (it would not round-trip); empty when it can be changed. */
    public List<Problem> errors() {
        return errors;
    }

    /** Where a proposal stands in the plan, or null when the plan could not be used. */
    public Placement placement(TargetProposal proposal) {
        return placements.get(proposal);
    }

    /** Whether accepting the proposal would change the plan. */
    public boolean writable(TargetProposal proposal) {
        Placement placement = placement(proposal);
        return errors.isEmpty() && placement != null && PlanTargets.acceptable(placement);
    }

    /** How many targets {@link #write} wrote, and where the plan as it was before is kept (null when unchanged). */
    public record Written(int targets, Path kept) {
    }

    /** Writes the placed proposals that change the plan and saves it, keeping the plan as it was before. */
    public Written write(Path file) throws IOException {
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the plan has errors: " + errors.get(0).format()); //-NLS-1$
        }
        int written = targets.acceptAll(placed).size();
        return new Written(written, written > 0 ? targets.save(file) : null);
    }
}
