/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.resource.XtextResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.cli.internal.ExitCodes;
import podium.cli.internal.Messages;
import podium.cli.internal.output.DisplayPaths;
import podium.cli.internal.output.ProblemReport;
import podium.core.Problem;
import podium.core.Severity;
import podium.core.io.AtomicFiles;
import podium.core.io.ReadOnlyTargetException;
import podium.lang.tools.PodiumFormatting;
import podium.lang.tools.PodiumWorkspace;
import podium.lang.tools.TextLayout;

/** {@code podium format FILE... [--check]}: rewrites files in the canonical layout, atomically. */
@Command(name = "format", mixinStandardHelpOptions = true)
public final class FormatCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--check")
    private boolean check;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "paths")
    private List<Path> paths;

    @Override
    public Integer call() {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        if (!WorkspaceArguments.addAll(workspace, paths, spec.commandLine().getErr(), "format")) {
            return ExitCodes.USAGE;
        }
        int code = ExitCodes.OK;
        for (Problem problem : workspace.readProblems()) {
            spec.commandLine().getErr().println(ProblemReport.format(problem));
            code = ExitCodes.PROBLEMS;
        }
        PodiumFormatting formatting = new PodiumFormatting(workspace.injector());
        for (Map.Entry<Resource, Path> file : workspace.files().entrySet()) {
            code = Math.max(code, formatOne((XtextResource) file.getKey(), file.getValue(), formatting));
        }
        return code;
    }

    private int formatOne(XtextResource resource, Path file, PodiumFormatting formatting) {
        String formatted = formatting.format(resource);
        if (formatted == null) {
            // an impossible value is a parse error too, with its own code (PDM-X002)
            resource.getErrors().forEach(e -> spec.commandLine().getErr().println(ProblemReport.format(new Problem(file.toString(),
                    e.getLine(), e.getColumn(), Severity.ERROR,
                    PodiumWorkspace.reportedCode(e instanceof AbstractDiagnostic d ? d.getCode() : null), e.getMessage()))));
            return ExitCodes.PROBLEMS;
        }
        byte[] original;
        try {
            original = Files.readAllBytes(file);
        } catch (IOException e) {
            spec.commandLine().getErr().println(Messages.format(Messages.FormatCommand_cannotRead, DisplayPaths.of(file), AtomicFiles.describe(e)));
            return ExitCodes.PROBLEMS;
        }
        // the file's own byte-order mark and line separator stay (a Windows editor's CRLF)
        byte[] bytes = TextLayout.of(original).apply(formatted);
        if (Arrays.equals(bytes, original)) {
            return ExitCodes.OK;
        }
        if (check) {
            spec.commandLine().getOut().println(Messages.format(Messages.FormatCommand_wouldReformat, DisplayPaths.of(file)));
            return ExitCodes.PROBLEMS;
        }
        try {
            AtomicFiles.write(file, bytes);
            spec.commandLine().getOut().println(Messages.format(Messages.FormatCommand_reformatted, DisplayPaths.of(file)));
            return ExitCodes.OK;
        } catch (ReadOnlyTargetException e) {
            // it names the file and says that nothing was written: once is enough
            spec.commandLine().getErr().println(e.message(DisplayPaths::of));
            return ExitCodes.PROBLEMS;
        } catch (IOException e) {
            spec.commandLine().getErr().println(Messages.format(Messages.FormatCommand_cannotWrite, DisplayPaths.of(file), AtomicFiles.describe(e)));
            return ExitCodes.PROBLEMS;
        }
    }
}
