/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.cli.internal.ExitCodes;
import podium.cli.internal.Messages;
import podium.cli.internal.WarmWorkspace;
import podium.cli.internal.WorkingDirectory;
import podium.cli.internal.launch.RunKey;
import podium.cli.internal.output.DisplayPaths;
import podium.cli.internal.output.ProblemReport;
import podium.inspections.InspectionRegistry;
import podium.lang.tools.PodiumWorkspace;

/** {@code podium validate FILE|DIR...}: every problem of a workspace, one sorted line each. */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = RunKey.NO_CACHE, descriptionKey = "no-cache")
    private boolean noCache;

    @Option(names = RunKey.NO_DAEMON, descriptionKey = "no-daemon")
    private boolean noDaemon;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "paths")
    private List<Path> paths;

    @Option(names = "--every-use")
    private boolean everyUse;

    @Override
    public Integer call() {
        List<Map.Entry<Path, String>> arguments = paths.stream()
                .map(p -> Map.entry(WorkingDirectory.resolve(p), p.toString())).toList();
        PodiumWorkspace workspace = WarmWorkspace.reuse(arguments);
        if (workspace == null) {
            workspace = PodiumWorkspace.create();
            workspace.deferLinking();
            if (!WorkspaceArguments.addAll(workspace, paths, spec.commandLine().getErr(), "validate")) {
                return ExitCodes.USAGE;
            }
        }
        Path first = arguments.get(0).getKey();
        workspace.applySeverities(Files.isDirectory(first) ? first : first.toAbsolutePath().getParent());
        // inspections of plugins that could not be read are named, as podium report --list names reports
        InspectionRegistry.getDefault().problems().forEach(p -> spec.commandLine().getErr().println("podium: " + p)); //$NON-NLS-1$
        noteSkippedModels(workspace);
        ProblemReport report = new ProblemReport(workspace.validate(), everyUse);
        WarmWorkspace.keep(arguments, workspace);
        report.print(spec.commandLine().getErr());
        String summary = report.summary();
        if (summary != null) {
            spec.commandLine().getErr().println("podium validate: " + summary); //$NON-NLS-1$
        }
        return report.hasErrors() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /** Says which XMI models the folders held that were not checked, unless they were also named as files. */
    private void noteSkippedModels(PodiumWorkspace workspace) {
        Set<Path> named = paths.stream().map(p -> WorkingDirectory.resolve(p).toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        List<String> skipped = workspace.skippedModels().stream()
                .filter(p -> !named.contains(WorkingDirectory.resolve(p).toAbsolutePath().normalize()))
                .map(DisplayPaths::of).toList();
        if (!skipped.isEmpty()) {
            spec.commandLine().getErr().println("podium validate: " //$NON-NLS-1$
                    + Messages.format(Messages.ValidateCommand_skippedModels, String.join(", ", skipped))); //$NON-NLS-1$
        }
    }
}
