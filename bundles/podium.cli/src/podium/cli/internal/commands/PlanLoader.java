/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.PrintWriter;
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
 * Loads the plan a command writes into: an XMI model, or a {@code .podium} file together with the
 * other files of its folder so that its names link. A plan with errors is refused, because writing
 * into it could not be validated afterwards.
 */
final class PlanLoader {

    private PlanLoader() {
    }

    /**
     * Returns the plan's resource, or null after printing its problems and {@code refusal} to err.
     *
     * @param refusal what the command does not do, e.g. "podium import: PLAN has errors; no targets proposed"
     */
    static Resource load(Path plan, PrintWriter err, String refusal) {
        Resource resource = plan.toString().endsWith(PodiumWorkspace.EXTENSION) ? loadPodium(plan, err)
                : loadXmi(plan, err);
        if (resource == null) {
            err.println(refusal);
        }
        return resource;
    }

    private static Resource loadXmi(Path plan, PrintWriter err) {
        LoadResult loaded = ModelStore.load(ModelStore.newResourceSet(), plan);
        loaded.problems().forEach(p -> err.println(p.format()));
        return loaded.ok() ? loaded.resource() : null;
    }

    private static Resource loadPodium(Path plan, PrintWriter err) {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.add(plan.toAbsolutePath().getParent());
        Path wanted = plan.toAbsolutePath();
        Resource resource = workspace.files().entrySet().stream()
                .filter(e -> e.getValue().toAbsolutePath().equals(wanted)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
        List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Severity.ERROR)
                .filter(p -> Path.of(p.path()).toAbsolutePath().equals(wanted)).toList();
        errors.forEach(p -> err.println(p.format()));
        return resource == null || !errors.isEmpty() ? null : resource;
    }
}
