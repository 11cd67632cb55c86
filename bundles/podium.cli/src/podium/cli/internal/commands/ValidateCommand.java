/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.cli.internal.ExitCodes;
import podium.cli.internal.WorkingDirectory;
import podium.cli.internal.launch.RunKey;
import podium.core.Problem;
import podium.core.Severity;
import podium.inspections.InspectionRegistry;
import podium.lang.tools.PodiumWorkspace;

/** {@code podium validate FILE|DIR...}: every problem of a workspace, one sorted line each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks .podium files and XMI models; folders are read as one workspace (names link across files).",
            "A folder's .xmi files are not read (name them to check them); stderr lists them.",
            "Runs every inspection, Podium's and installed plugins'.",
            "Prints path:line:col: error|warning|info CODE message per problem, sorted.",
            "Severities can be changed in a .podium-severities file in the folder or a parent."},
        footer = "%nExit codes: 0 no errors (warnings allowed), 1 errors, 2 usage error.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = RunKey.NO_CACHE, description = "validate even if nothing changed since a run whose result is kept"
            + " in the user's cache (~/.cache/podium/results), and keep nothing")
    private boolean noCache;

    @Option(names = RunKey.NO_DAEMON, description = "run here even if the daemon runs (podium daemon --help)")
    private boolean noDaemon;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files (.podium, .xmi) or folders to check")
    private List<Path> paths;

    @Override
    public Integer call() {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        Path first = WorkingDirectory.resolve(paths.get(0));
        workspace.applySeverities(Files.isDirectory(first) ? first : first.toAbsolutePath().getParent());
        if (!WorkspaceArguments.addAll(workspace, paths, spec.commandLine().getErr(), "validate")) {
            return ExitCodes.USAGE;
        }
        // inspections of plugins that could not be read are named, as podium report --list names reports
        InspectionRegistry.getDefault().problems().forEach(p -> spec.commandLine().getErr().println("podium: " + p)); //$NON-NLS-1$
        noteSkippedModels(workspace);
        List<Problem> problems = workspace.validate();
        problems.forEach(p -> spec.commandLine().getOut().println(p.format()));
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /** Says which XMI models the folders held that were not checked, unless they were also named as files. */
    private void noteSkippedModels(PodiumWorkspace workspace) {
        Set<Path> named = paths.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        List<String> skipped = workspace.skippedModels().stream().filter(p -> !named.contains(p.toAbsolutePath().normalize()))
                .map(Path::toString).toList();
        if (!skipped.isEmpty()) {
            spec.commandLine().getErr().println("podium validate: note: not checked, XMI models are read only when named as files" //$NON-NLS-1$
                    + " (a folder may hold a copy converted from its .podium text): " + String.join(", ", skipped)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
