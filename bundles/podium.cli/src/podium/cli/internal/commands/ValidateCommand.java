/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.cli.internal.ExitCodes;
import podium.core.Problem;
import podium.core.Severity;
import podium.lang.tools.PodiumWorkspace;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;
import podium.model.persistence.PersistenceCodes;

/** {@code podium validate FILE|DIR...}: every problem of a workspace, one sorted line each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks .podium files; folders are read as one workspace (names link across files).",
            "Prints path:line:col: error|warning|info CODE message per problem, sorted.",
            "Severities can be changed in a .podium-severities file in the folder or a parent."},
        footer = "%nExit codes: 0 no errors (warnings allowed), 1 errors, 2 usage error.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files or folders to check")
    private List<Path> paths;

    @Override
    public Integer call() {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        Path first = paths.get(0);
        workspace.applySeverities(Files.isDirectory(first) ? first : first.toAbsolutePath().getParent());
        List<Path> xmiModels = paths.stream().filter(ValidateCommand::isXmi).toList();
        List<Path> texts = paths.stream().filter(p -> !isXmi(p)).toList();
        if (!WorkspaceArguments.addAll(workspace, texts, spec.commandLine().getErr(), "validate")
                || !allExist(xmiModels)) {
            return ExitCodes.USAGE;
        }
        List<Problem> problems = new java.util.ArrayList<>(workspace.validate());
        for (Path xmi : xmiModels) {
            problems.addAll(checkXmi(xmi));
        }
        problems.sort(Problem.ORDER);
        problems.forEach(p -> spec.commandLine().getOut().println(p.format()));
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private static boolean isXmi(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith("." + ModelStore.XMI_EXTENSION)
                && !Files.isDirectory(path);
    }

    private boolean allExist(List<Path> files) {
        for (Path file : files) {
            if (!Files.exists(file)) {
                spec.commandLine().getErr().println("podium validate: no such file or folder: " + file);
                return false;
            }
        }
        return true;
    }

    /**
     * An XMI model is read as the reports read it, and only its reading problems are reported; the
     * language's checks run on .podium text (the XMI checks belong to the inspections work).
     */
    private static List<Problem> checkXmi(Path xmi) {
        LoadResult loaded = ModelStore.load(ModelStore.newResourceSet(), xmi);
        List<Problem> problems = new java.util.ArrayList<>(loaded.problems());
        problems.add(new Problem(xmi.toString(), 1, 1, Severity.INFO, PersistenceCodes.NOT_CHECKED,
                "XMI models are checked by 'podium validate' only for problems reading them; for the language's"
                        + " checks convert it: podium convert " + xmi + " --to podium -o FILE.podium"));
        return problems;
    }
}
