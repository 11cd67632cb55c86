/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.cli.internal.ExitCodes;
import podium.core.Problem;
import podium.core.Severity;
import podium.core.io.AtomicFiles;
import podium.inspections.builtin.IssueCodes;
import podium.lang.tools.PodiumConversion;
import podium.lang.tools.PodiumWorkspace;

/** {@code podium convert FILE --to xmi|podium}: the same model as XMI or as language text. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts a .podium file to XMI or an XMI file to .podium text (formatted).",
            "The other .podium files of the folder are loaded so that references resolve."},
        footer = "%nExit codes: 0 written, 1 the input has errors (nothing written), 2 usage error.")
public final class ConvertCommand implements Callable<Integer> {

    /** The target formats. */
    enum Format { xmi, podium }

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", required = true, description = "xmi or podium")
    private Format to;

    @Option(names = {"-o", "--output"}, description = "output file (default: FILE with the new extension)")
    private Path output;

    @Parameters(index = "0", paramLabel = "FILE")
    private Path input;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input)) {
            spec.commandLine().getErr().println("podium convert: no such file: " + input);
            return ExitCodes.USAGE;
        }
        Path target = output != null ? output : withExtension(input, to == Format.xmi ? ".xmi" : ".podium");
        if (target.toAbsolutePath().equals(input.toAbsolutePath())) {
            spec.commandLine().getErr().println("podium convert: output would overwrite the input; use -o");
            return ExitCodes.USAGE;
        }
        PodiumWorkspace workspace = PodiumWorkspace.create();
        Path folder = input.toAbsolutePath().getParent();
        return to == Format.xmi ? toXmi(workspace, folder, target) : toPodium(workspace, folder, target);
    }

    private int toXmi(PodiumWorkspace workspace, Path folder, Path target) throws IOException {
        workspace.add(folder);
        XtextResource resource = (XtextResource) workspace.files().entrySet().stream()
                .filter(e -> e.getValue().toAbsolutePath().equals(input.toAbsolutePath()))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
        List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Severity.ERROR)
                .filter(p -> p.path().endsWith(input.getFileName().toString())).toList();
        if (resource == null || !errors.isEmpty()) {
            errors.forEach(p -> spec.commandLine().getErr().println(p.format()));
            spec.commandLine().getErr().println("podium convert: " + input + " has errors; nothing written");
            return ExitCodes.PROBLEMS;
        }
        byte[] xmi = new PodiumConversion(workspace.injector()).toXmi(resource,
                URI.createFileURI(target.toAbsolutePath().toString()));
        AtomicFiles.write(target, xmi);
        spec.commandLine().getOut().println(target);
        return ExitCodes.OK;
    }

    private int toPodium(PodiumWorkspace workspace, Path folder, Path target) throws IOException {
        workspace.add(folder);
        Resource xmi;
        try {
            xmi = PodiumConversion.readXmi(workspace.resourceSet(),
                    URI.createFileURI(input.toAbsolutePath().toString()), Files.readAllBytes(input));
        } catch (IOException | RuntimeException e) {
            // the XML parser knows where the file broke: report that line and column
            spec.commandLine().getErr().println(PodiumConversion.xmiProblem(input.toString(), e).format());
            return ExitCodes.PROBLEMS;
        }
        String text;
        try {
            text = new PodiumConversion(workspace.injector()).toPodium(xmi,
                    URI.createFileURI(target.toAbsolutePath().toString() + ".converting.podium"));
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println(new Problem(input.toString(), 1, 1, Severity.ERROR, IssueCodes.XMI_UNREADABLE,
                    "the model cannot be written as text: " + e.getMessage()).format());
            return ExitCodes.PROBLEMS;
        }
        AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println(target);
        return ExitCodes.OK;
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }
}
