/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
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
import podium.core.Limits;
import podium.core.Problem;
import podium.core.Severity;
import podium.core.io.AtomicFiles;
import podium.inspections.builtin.IssueCodes;
import podium.lang.tools.Nesting;
import podium.lang.tools.PodiumConversion;
import podium.lang.tools.PodiumWorkspace;
import podium.model.persistence.PersistenceCodes;

/** {@code podium convert FILE --to xmi|podium}: the same model as XMI or as language text. */
@Command(name = "convert", mixinStandardHelpOptions = true)
public final class ConvertCommand implements Callable<Integer> {

    /** The target formats. */
    enum Format { xmi, podium }

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", required = true)
    private Format to;

    @Option(names = {"-o", "--output"})
    private Path output;

    @Option(names = "--overwrite")
    private boolean overwrite;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "input")
    private Path input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(input)) {
            err.println("podium convert: " + Messages.format(Messages.Arguments_noSuchFile, DisplayPaths.of(input))); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        Path target = output != null ? output : withExtension(input, to == Format.xmi ? ".xmi" : ".podium");
        if (target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            err.println("podium convert: " + Messages.ConvertCommand_overwritesInput); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        if (to == Format.podium && Files.exists(target) && !overwrite) {
            err.println("podium convert: " + Messages.format(Messages.ConvertCommand_exists, DisplayPaths.of(target), //$NON-NLS-1$
                    AtomicFiles.backupOf(target).getFileName()));
            return ExitCodes.PROBLEMS;
        }
        try {
            AtomicFiles.checkWritable(target);
        } catch (IOException e) {
            return cannotWrite(target, e);
        }
        PodiumWorkspace workspace = PodiumWorkspace.create();
        Path folder = input.toAbsolutePath().getParent();
        return to == Format.xmi ? toXmi(workspace, folder, target) : toPodium(workspace, folder, target);
    }

    private int toXmi(PodiumWorkspace workspace, Path folder, Path target) {
        PrintWriter err = spec.commandLine().getErr();
        workspace.add(folder);
        XtextResource resource = (XtextResource) workspace.files().entrySet().stream()
                .filter(e -> e.getValue().toAbsolutePath().equals(input.toAbsolutePath()))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
        List<Problem> errors = workspace.validate().stream().filter(p -> p.severity() == Severity.ERROR)
                .filter(p -> p.path().endsWith(input.getFileName().toString())).toList();
        if (resource == null || !errors.isEmpty()) {
            new ProblemReport(errors, false).print(err);
            err.println("podium convert: " + Messages.format(Messages.ConvertCommand_hasErrors, DisplayPaths.of(input))); //$NON-NLS-1$
            return ExitCodes.PROBLEMS;
        }
        try {
            byte[] xmi = new PodiumConversion(workspace.injector()).toXmi(resource,
                    URI.createFileURI(target.toAbsolutePath().toString()));
            AtomicFiles.write(target, xmi);
        } catch (IOException e) {
            return cannotWrite(target, e);
        }
        PodiumConversion.Layout lost = PodiumConversion.layoutOf(resource);
        if (!lost.isEmpty()) {
            err.println("podium convert: " + Messages.format(Messages.ConvertCommand_layoutLost, lost.comments(), //$NON-NLS-1$
                    lost.documentation(), lost.blankLines(), DisplayPaths.of(input), DisplayPaths.of(target)));
        }
        spec.commandLine().getOut().println(DisplayPaths.of(target));
        return ExitCodes.OK;
    }

    private int toPodium(PodiumWorkspace workspace, Path folder, Path target) {
        PrintWriter err = spec.commandLine().getErr();
        workspace.add(folder);
        Resource xmi;
        try {
            if (Files.size(input) > Limits.PODIUM_FILE_BYTES * 4) {
                err.println(ProblemReport.format(new Problem(input.toString(), 1, 1, Severity.ERROR, IssueCodes.TOO_LARGE,
                        Messages.format(Messages.ConvertCommand_tooLarge, Files.size(input),
                                Limits.mebibytes(Limits.PODIUM_FILE_BYTES * 4)))));
                return ExitCodes.PROBLEMS;
            }
            xmi = PodiumConversion.readXmi(workspace.resourceSet(),
                    URI.createFileURI(input.toAbsolutePath().toString()), Files.readAllBytes(input));
        } catch (IOException | RuntimeException e) {
            // the XML parser knows where the file broke: report that line and column
            err.println(ProblemReport.format(PodiumConversion.xmiProblem(input.toString(), e)));
            return ExitCodes.PROBLEMS;
        }
        for (EObject root : xmi.getContents()) {
            if (Nesting.depth(root) > Limits.NESTING_DEPTH + 2) {
                err.println(ProblemReport.format(Nesting.problem(input.toString(), 1, 1)));
                return ExitCodes.PROBLEMS;
            }
        }
        if (!linksResolve(xmi)) {
            return ExitCodes.PROBLEMS;
        }
        String text;
        try {
            text = new PodiumConversion(workspace.injector()).toPodium(xmi,
                    URI.createFileURI(target.toAbsolutePath().toString() + ".converting.podium"));
        } catch (RuntimeException e) {
            err.println(ProblemReport.format(new Problem(input.toString(), 1, 1, Severity.ERROR, IssueCodes.XMI_UNREADABLE,
                    Messages.format(Messages.ConvertCommand_notText, firstLine(e)))));
            return ExitCodes.PROBLEMS;
        }
        try {
            AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return cannotWrite(target, e);
        }
        spec.commandLine().getOut().println(DisplayPaths.of(target));
        return ExitCodes.OK;
    }

    /**
     * Links into .podium files are relative to the XMI file: an XMI model moved away from them (or a
     * renamed element) leaves links that the text cannot express. Each is reported where it is written.
     */
    private boolean linksResolve(Resource xmi) {
        org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(xmi);
        var unresolved = org.eclipse.emf.ecore.util.EcoreUtil.UnresolvedProxyCrossReferencer.find(xmi);
        if (unresolved.isEmpty()) {
            return true;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        } catch (IOException e) {
            lines = List.of();
        }
        Path base = input.toAbsolutePath().getParent();
        for (EObject proxy : unresolved.keySet().stream().limit(10).toList()) {
            URI uri = ((org.eclipse.emf.ecore.InternalEObject) proxy).eProxyURI();
            URI relative = uri.isFile() ? uri.deresolve(URI.createFileURI(base.toString() + "/")) : uri;
            int line = 1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("#" + uri.fragment() + "\"") || lines.get(i).contains(relative.toString())) {
                    line = i + 1;
                    break;
                }
            }
            String file = uri.isFile() ? uri.toFileString() : String.valueOf(uri.trimFragment());
            String why = uri.isFile() && !Files.exists(Path.of(file))
                    ? Messages.format(Messages.ConvertCommand_fileMissing, DisplayPaths.of(file))
                    : Messages.format(Messages.ConvertCommand_noSuchElement, uri.isFile() ? DisplayPaths.of(file) : file);
            spec.commandLine().getErr().println(ProblemReport.format(new Problem(input.toString(), line, 1, Severity.ERROR,
                    IssueCodes.XMI_UNREADABLE, Messages.format(Messages.ConvertCommand_linkNowhere, relative, why))));
        }
        spec.commandLine().getErr().println("podium convert: " //$NON-NLS-1$
                + Messages.format(Messages.ConvertCommand_linksBroken, DisplayPaths.of(input)));
        return false;
    }

    private int cannotWrite(Path target, IOException e) {
        spec.commandLine().getErr().println(ProblemReport.format(new Problem(target.toString(), 0, 0, Severity.ERROR,
                PersistenceCodes.UNWRITABLE, Messages.format(Messages.ConvertCommand_cannotWrite, AtomicFiles.describe(e)))));
        return ExitCodes.PROBLEMS;
    }

    /** The first line of a failure's message: serializer diagnostics continue with internal detail. */
    private static String firstLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }
}
