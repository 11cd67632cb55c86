/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;

import podium.core.Problem;
import podium.core.Severity;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;
import podium.model.persistence.PersistenceCodes;

/**
 * Loads the plan a command or wizard writes into: an XMI model alone, or a {@code .podium} file with
 * the other files of its folder so that its names link. A plan with errors is refused ({@link
 * LoadResult#ok()} is false), because writing into it could not be validated afterwards.
 */
public final class PlanLoader {

    private PlanLoader() {
    }

    /** The plan's resource with the errors that refuse it, each located in the file. */
    public static LoadResult load(Path plan) {
        return plan.toString().endsWith(PodiumWorkspace.EXTENSION) ? loadPodium(plan)
                : ModelStore.load(ModelStore.newResourceSet(), plan);
    }

    /** Validates the whole folder, so cross-file links resolve, but reports only the plan file's errors. */
    private static LoadResult loadPodium(Path plan) {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        Path wanted = plan.toAbsolutePath();
        workspace.add(wanted.getParent());
        Resource resource = workspace.files().entrySet().stream()
                .filter(e -> e.getValue().toAbsolutePath().equals(wanted)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
        List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Severity.ERROR)
                .filter(p -> Path.of(p.path()).toAbsolutePath().equals(wanted)).toList();
        if (resource == null && errors.isEmpty()) {
            errors = List.of(new Problem(plan.toString(), 0, 0, Severity.ERROR, PersistenceCodes.UNREADABLE,
                    Texts.message(IssueCodes.UNREADABLE, "unreadable")));
        }
        return new LoadResult(resource, errors);
    }
}
