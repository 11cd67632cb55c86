/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

import podium.core.Problem;
import podium.core.Severity;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Plan;
import podium.model.PlanningFile;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;
import podium.model.persistence.PersistenceCodes;
import podium.lang.scoping.PodiumLinkingService;

/**
 * Loads the plan a command or wizard writes into: an XMI model alone, or a {@code .podium} file with
 * the other files of its folder so that its names link. Callers that write into the plan refuse one that
 * cannot be read completely ({@link LoadResult#readable()}); whether errors of its content stop them is
 * theirs to decide (the actuals import goes on, since it adds no errors and may repair them).
 */
public final class PlanLoader {

    private PlanLoader() {
    }

    /** The plan's resource with the errors that refuse it, each located in the file. */
    public static LoadResult load(Path plan) {
        return plan.toString().endsWith(PodiumWorkspace.EXTENSION) ? loadPodium(plan)
                : ModelStore.load(ModelStore.newResourceSet(), plan);
    }

    /**
     * The plan's resource with what keeps it from being read completely (syntax, encoding, size), without
     * validating its content or its folder's: for writers that check what they add themselves (the
     * actuals import), on workspaces whose validation takes longer than the writing. The links of the
     * folder's files are resolved (what such a writer reads: the actuals import looks at every actual)
     * once all are loaded, each name asked of its scope once, and without a proxy for those that resolve
     * ({@link PodiumLinkingService#linkDeferred}, then {@link PodiumLinkingService#resolveAll} for the rest).
     * A folder stands for the file of its {@code .podium} files that declares the plan; when none does, the
     * result has neither a resource nor a problem.
     */
    public static LoadResult loadForWriting(Path plan) {
        boolean folder = Files.isDirectory(plan);
        if (!folder && !plan.toString().endsWith(PodiumWorkspace.EXTENSION)) {
            return ModelStore.load(ModelStore.newResourceSet(), plan);
        }
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.deferLinking();
        workspace.add(folder ? plan.toAbsolutePath() : plan.toAbsolutePath().getParent());
        workspace.linkDeferred();
        Resource resource = folder ? declaringAPlan(workspace) : resource(workspace, plan.toAbsolutePath());
        if (folder && resource == null) {
            return new LoadResult(null, List.of()); // no file declares a plan: the caller says so
        }
        Path wanted = folder ? Path.of(resource.getURI().toFileString()).toAbsolutePath() : plan.toAbsolutePath();
        List<Problem> errors = ownErrors(workspace.syntaxProblems(), wanted);
        if (resource != null) {
            // after the errors are taken: links that do not resolve are content errors, which these writers
            // do not refuse a plan for (the import's rows are checked against the workspace instead)
            List.copyOf(workspace.files().keySet()).forEach(PodiumLinkingService::resolveAll);
        }
        return new LoadResult(resource, resource == null && errors.isEmpty() ? unreadable(plan) : errors);
    }

    /**
     * The syntax errors of a .podium file a writer would change, each located (none for other resources): the
     * text such a file's parse skipped cannot be written back, so writers refuse to write into it (the
     * actuals import, when a row replaces an actual stored there).
     */
    public static List<Problem> syntaxErrors(Resource resource) {
        if (!(resource instanceof XtextResource file) || file.getParseResult() == null
                || !file.getParseResult().hasSyntaxErrors()) {
            return List.of();
        }
        String path = resource.getURI().isFile() ? resource.getURI().toFileString() : resource.getURI().toString();
        return resource.getErrors().stream().filter(XtextSyntaxDiagnostic.class::isInstance)
                .map(d -> new Problem(path, d.getLine(), d.getColumn(), Severity.ERROR,
                        PodiumWorkspace.reportedCode(((XtextSyntaxDiagnostic) d).getCode()),
                        d.getMessage() == null ? "" : d.getMessage().replaceAll("\\s+", " "))) //$NON-NLS-1$ //$NON-NLS-2$
                .toList();
    }

    /** The first file, in file-name order, that declares a plan (the plan rules speak of as "the" plan). */
    private static Resource declaringAPlan(PodiumWorkspace workspace) {
        return workspace.files().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .filter(e -> e.getKey().getContents().stream().filter(PlanningFile.class::isInstance)
                        .anyMatch(root -> ((PlanningFile) root).getElements().stream().anyMatch(Plan.class::isInstance)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static Resource resource(PodiumWorkspace workspace, Path wanted) {
        return workspace.files().entrySet().stream().filter(e -> e.getValue().toAbsolutePath().equals(wanted))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static List<Problem> ownErrors(List<Problem> problems, Path wanted) {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR)
                .filter(p -> Path.of(p.path()).toAbsolutePath().equals(wanted)).toList();
    }

    private static List<Problem> unreadable(Path plan) {
        return List.of(new Problem(plan.toString(), 0, 0, Severity.ERROR, PersistenceCodes.UNREADABLE,
                Texts.message(IssueCodes.UNREADABLE, "unreadable"))); //$NON-NLS-1$
    }

    /** Validates the whole folder, so cross-file links resolve, but reports only the plan file's errors. */
    private static LoadResult loadPodium(Path plan) {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        Path wanted = plan.toAbsolutePath();
        workspace.add(wanted.getParent());
        Resource resource = resource(workspace, wanted);
        List<Problem> errors = ownErrors(workspace.validate(), wanted);
        return new LoadResult(resource, resource == null && errors.isEmpty() ? unreadable(plan) : errors);
    }
}
