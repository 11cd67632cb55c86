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
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts a .podium file to XMI or an XMI file to .podium text (formatted).",
            "The other .podium files of the folder are loaded so that references resolve; links from XMI",
            "into them name their elements (orgs.podium#Organisation:宛城区). XMI holds no comments or blank",
            "lines: converting to XMI says how many are left behind, and converting back never replaces an",
            "existing .podium file unless --overwrite (its previous content is then kept as FILE.bak)."},
        footer = "%nExit codes: 0 written, 1 the input has errors or the output cannot be written (nothing written),"
                + " 2 usage error.")
public final class ConvertCommand implements Callable<Integer> {

    /** The target formats. */
    enum Format { xmi, podium }

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", required = true, description = "xmi or podium")
    private Format to;

    @Option(names = {"-o", "--output"}, description = "output file (default: FILE with the new extension)")
    private Path output;

    @Option(names = "--overwrite", description = "replace an existing .podium output (its comments are lost; kept in FILE.bak)")
    private boolean overwrite;

    @Parameters(index = "0", paramLabel = "FILE")
    private Path input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(input)) {
            err.println("podium convert: no such file: " + input);
            return ExitCodes.USAGE;
        }
        Path target = output != null ? output : withExtension(input, to == Format.xmi ? ".xmi" : ".podium");
        if (target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            err.println("podium convert: output would overwrite the input; use -o");
            return ExitCodes.USAGE;
        }
        if (to == Format.podium && Files.exists(target) && !overwrite) {
            err.println("podium convert: " + target + " exists and may hold comments and a layout that the XMI model"
                    + " does not; nothing written. Give -o NEW.podium, or --overwrite to replace it (kept as "
                    + AtomicFiles.backupOf(target).getFileName() + ")");
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
            errors.forEach(p -> err.println(p.format()));
            err.println("podium convert: " + input + " has errors; nothing written");
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
            err.println("podium convert: XMI holds no comments or blank lines: " + lost.comments() + " comment(s) ("
                    + lost.documentation() + " documentation comment(s)) and " + lost.blankLines() + " blank line(s) of "
                    + input + " are not in " + target + "; keep " + input + " as the source");
        }
        spec.commandLine().getOut().println(target);
        return ExitCodes.OK;
    }

    private int toPodium(PodiumWorkspace workspace, Path folder, Path target) {
        PrintWriter err = spec.commandLine().getErr();
        workspace.add(folder);
        Resource xmi;
        try {
            if (Files.size(input) > Limits.PODIUM_FILE_BYTES * 4) {
                err.println(new Problem(input.toString(), 1, 1, Severity.ERROR, IssueCodes.TOO_LARGE,
                        "XMI file of " + Files.size(input) + " bytes; Podium converts XMI files of up to "
                                + Limits.mebibytes(Limits.PODIUM_FILE_BYTES * 4)).format());
                return ExitCodes.PROBLEMS;
            }
            xmi = PodiumConversion.readXmi(workspace.resourceSet(),
                    URI.createFileURI(input.toAbsolutePath().toString()), Files.readAllBytes(input));
        } catch (IOException | RuntimeException e) {
            // the XML parser knows where the file broke: report that line and column
            err.println(PodiumConversion.xmiProblem(input.toString(), e).format());
            return ExitCodes.PROBLEMS;
        }
        for (EObject root : xmi.getContents()) {
            if (Nesting.depth(root) > Limits.NESTING_DEPTH + 2) {
                err.println(Nesting.problem(input.toString(), 1, 1).format());
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
            err.println(new Problem(input.toString(), 1, 1, Severity.ERROR, IssueCodes.XMI_UNREADABLE,
                    "the model cannot be written as text: " + firstLine(e)).format());
            return ExitCodes.PROBLEMS;
        }
        try {
            AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return cannotWrite(target, e);
        }
        spec.commandLine().getOut().println(target);
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
            spec.commandLine().getErr().println(new Problem(input.toString(), line, 1, Severity.ERROR,
                    IssueCodes.XMI_UNREADABLE, "the link " + relative + " leads nowhere: "
                    + (uri.isFile() && !Files.exists(Path.of(file)) ? file + " does not exist" : "no such element in " + file)
                    + " (links are relative to the XMI file's folder: convert it where it was written, or put the"
                    + " .podium files it links to beside it)").format());
        }
        spec.commandLine().getErr().println("podium convert: " + input + " links to elements that cannot be found; nothing written");
        return false;
    }

    private int cannotWrite(Path target, IOException e) {
        spec.commandLine().getErr().println(new Problem(target.toString(), 0, 0, Severity.ERROR,
                PersistenceCodes.UNWRITABLE, "cannot write: " + AtomicFiles.describe(e) + " (nothing written)").format());
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
