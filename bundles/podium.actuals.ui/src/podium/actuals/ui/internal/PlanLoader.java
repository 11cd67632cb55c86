/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;

import podium.core.Problem;
import podium.core.Severity;
import podium.lang.tools.PodiumWorkspace;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;

/**
 * Loads a plan as the command line does: an XMI file alone, or a .podium file with the other .podium
 * files of its folder (so names link); a plan with errors is refused so that saving cannot damage it.
 */
public final class PlanLoader {

    /** A loaded plan, or the problems that prevent using it. */
    public record Loaded(Resource resource, List<Problem> problems) {
        public boolean ok() {
            return resource != null && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        }
    }

    private PlanLoader() {
    }

    public static Loaded load(Path plan) {
        return plan.toString().endsWith(PodiumWorkspace.EXTENSION) ? loadPodium(plan) : loadXmi(plan);
    }

    private static Loaded loadXmi(Path plan) {
        LoadResult loaded = ModelStore.load(ModelStore.newResourceSet(), plan);
        return new Loaded(loaded.ok() ? loaded.resource() : null, loaded.problems());
    }

    private static Loaded loadPodium(Path plan) {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        Path wanted = plan.toAbsolutePath();
        workspace.add(wanted.getParent());
        Resource resource = workspace.files().entrySet().stream().filter(e -> e.getValue().toAbsolutePath().equals(wanted))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Severity.ERROR)
                .filter(p -> Path.of(p.path()).toAbsolutePath().equals(wanted)).toList();
        return new Loaded(resource, errors);
    }
}
