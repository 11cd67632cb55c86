/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.actuals.ActualsImporter;
import podium.actuals.AsOfMove;
import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.cli.internal.ExitCodes;
import podium.cli.internal.UsageErrors;
import podium.cli.internal.Messages;
import podium.cli.internal.output.DisplayPaths;
import podium.cli.internal.output.ProblemReport;
import podium.core.Problem;
import podium.core.Severity;
import podium.core.io.AtomicFiles;
import podium.lang.tools.PlanLoader;
import podium.model.persistence.LoadResult;
import podium.model.persistence.PersistenceCodes;

/** {@code podium actuals ...}: monthly actuals from the statistics office. */
@Command(name = "actuals", mixinStandardHelpOptions = true,
        subcommands = ActualsCommand.Import.class)
public final class ActualsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw UsageErrors.subcommandMissing(spec);
    }

    /** {@code podium actuals import FILE --plan PLAN [--mapping M] [--partial] [--move-as-of]}. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    public static final class Import implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "data")
        private Path data;

        @Option(names = "--plan", required = true, paramLabel = "PLAN|DIR")
        private Path plan;

        @Option(names = "--mapping", paramLabel = "M")
        private Path mappingFile;

        @Option(names = "--partial")
        private boolean partial;

        @Option(names = "--move-as-of")
        private boolean moveAsOf;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            for (Path p : new Path[] { data, plan, mappingFile }) {
                if (p != null && !Files.isRegularFile(p) && !(p == plan && Files.isDirectory(p))) {
                    err.println("podium actuals import: " + Messages.format(Messages.Arguments_noSuchFile, DisplayPaths.of(p))); //$NON-NLS-1$
                    return ExitCodes.USAGE;
                }
            }
            Mapping mapping = Mapping.automatic();
            if (mappingFile != null) {
                Mapping.Loaded loaded = Mapping.load(mappingFile);
                if (loaded.mapping() == null) {
                    return report(loaded.problems());
                }
                mapping = loaded.mapping();
            }
            // the workspace's content is not validated first: rows that would add errors are refused, and errors
            // already there must not stop the re-import that repairs them
            LoadResult loaded = PlanLoader.loadForWriting(plan);
            if (loaded.resource() == null && loaded.problems().isEmpty()) {
                err.println("podium actuals import: " + Messages.format(Messages.ActualsCommand_noPlanIn, DisplayPaths.of(plan))); //$NON-NLS-1$
                return ExitCodes.USAGE;
            }
            Path planFile = loaded.resource() != null && loaded.resource().getURI().isFile()
                    ? Path.of(loaded.resource().getURI().toFileString()) : plan; // a folder's: the file that declares it
            loaded.problems().forEach(p -> err.println(ProblemReport.format(p)));
            if (!loaded.readable()) {
                err.println("podium actuals import: " //$NON-NLS-1$
                        + Messages.format(Messages.ActualsCommand_planUnreadable, DisplayPaths.of(planFile)));
                return ExitCodes.PROBLEMS;
            }
            Resource resource = loaded.resource();
            ImportResult imported = ActualsImporter.importInto(resource, data, mapping, partial);
            ImportResult result = moveAsOf ? ActualsImporter.moveAsOf(imported) : imported;
            result.problems().forEach(p -> err.println(ProblemReport.format(p)));
            if (result.applied() && !writable(result, err)) {
                return ExitCodes.PROBLEMS;
            }
            List<Path> backups = new java.util.ArrayList<>();
            if (result.applied() && !save(result, backups, err)) {
                return ExitCodes.PROBLEMS;
            }
            spec.commandLine().getOut().println(DisplayPaths.of(planFile) + ": " + result.summary()); //$NON-NLS-1$
            if (result.asOf() != null) {
                spec.commandLine().getOut().println(asOfLine(result.asOf()));
            }
            if (result.applied()) {
                // the backups by name: each is beside its file, and the name says what it is and when
                spec.commandLine().getOut().println(Messages.format(Messages.ActualsCommand_wrote,
                        String.join(", ", result.changed().stream().map(Import::shown).toList()), //$NON-NLS-1$
                        String.join(", ", backups.stream().map(b -> b.getFileName().toString()).toList()))); //$NON-NLS-1$
            }
            return !result.hasErrors() ? ExitCodes.OK : result.applied() ? ExitCodes.PARTIAL : ExitCodes.PROBLEMS;
        }

        /** What the rows after the plan's as-of date mean: the date was moved, or how to move it. */
        private static String asOfLine(AsOfMove move) {
            return move.moved() ? Messages.format(Messages.ActualsCommand_asOfMoved, move.from(), move.to(), move.rows())
                    : Messages.format(Messages.ActualsCommand_afterAsOf, move.rows(), move.from(), move.to());
        }

        /** Whether every file the import changed can be written back; else its syntax errors are printed. */
        private static boolean writable(ImportResult result, PrintWriter err) {
            boolean writable = true;
            for (Resource changed : result.changed()) {
                List<Problem> errors = PlanLoader.syntaxErrors(changed);
                errors.forEach(p -> err.println(ProblemReport.format(p)));
                if (!errors.isEmpty()) {
                    err.println("podium actuals import: " //$NON-NLS-1$
                            + Messages.format(Messages.ActualsCommand_planUnreadable, shown(changed)));
                    writable = false;
                }
            }
            return writable;
        }

        /** Saves every changed file, adding the backups of the files as they were to {@code backups}. */
        private boolean save(ImportResult result, List<Path> backups, PrintWriter err) {
            for (Resource resource : result.changed()) {
                try {
                    ActualsImporter.checkWritable(resource); // all before any is written: the import is written whole or not at all
                } catch (IOException e) {
                    err.println(ProblemReport.format(new Problem(shown(resource), 0, 0, Severity.ERROR, PersistenceCodes.UNWRITABLE,
                            Messages.format(Messages.ActualsCommand_cannotSave, AtomicFiles.describe(e)))));
                    return false;
                }
            }
            List<String> saved = new java.util.ArrayList<>();
            LocalDateTime when = LocalDateTime.now();
            for (Resource resource : result.changed()) {
                String path = shown(resource);
                try {
                    Path backup = ActualsImporter.save(resource, when);
                    if (backup != null) {
                        backups.add(backup);
                    }
                    saved.add(path);
                } catch (IOException | RuntimeException e) {
                    String reason = e instanceof IOException io ? AtomicFiles.describe(io) : String.valueOf(e.getMessage());
                    String message = Messages.format(Messages.ActualsCommand_cannotSave, reason);
                    if (!saved.isEmpty()) {
                        message = Messages.format(Messages.ActualsCommand_alreadySaved, message, String.join(", ", saved)); //$NON-NLS-1$
                    }
                    err.println(ProblemReport.format(new Problem(path, 0, 0, Severity.ERROR, PersistenceCodes.UNWRITABLE, message)));
                    return false;
                }
            }
            return true;
        }

        private static String shown(Resource resource) {
            return resource.getURI().isFile() ? DisplayPaths.of(Path.of(resource.getURI().toFileString())) : resource.getURI().toString();
        }

        private int report(List<Problem> problems) {
            problems.forEach(p -> spec.commandLine().getErr().println(ProblemReport.format(p)));
            return ExitCodes.PROBLEMS;
        }
    }
}
