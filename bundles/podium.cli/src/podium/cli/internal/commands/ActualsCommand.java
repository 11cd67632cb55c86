/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.actuals.ActualsImporter;
import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.cli.internal.ExitCodes;
import podium.core.Problem;
import podium.core.Severity;
import podium.core.io.AtomicFiles;
import podium.lang.tools.PlanLoader;
import podium.model.persistence.LoadResult;
import podium.model.persistence.PersistenceCodes;

/** {@code podium actuals ...}: monthly actuals from the statistics office. */
@Command(name = "actuals", mixinStandardHelpOptions = true, description = "Works with monthly actuals.",
        subcommands = ActualsCommand.Import.class)
public final class ActualsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** {@code podium actuals import FILE --plan PLAN [--mapping M] [--partial]}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports actuals from an XLSX or CSV file into a plan (.xmi or .podium).",
                "Every row is checked first (organisation, indicator, month, number, unit); one bad row",
                "means nothing is imported unless --partial. Re-importing a month replaces its values.",
                "The plan is saved atomically; its previous content is kept as PLAN.bak."},
            footer = {"%nThe rows are checked against the whole workspace (the .podium files of the plan's folder): an actual",
                "stored in another file is replaced there; a row that would break validation (a month outside the plan,",
                "a cumulative value below an earlier month's) is refused with its row and column. Errors already in the",
                "plan do not stop an import, which may repair them.",
                "%nExit codes: 0 imported, 1 problems in the data, mapping or plan (nothing imported), 2 usage error,"
                    + " 4 partly imported (--partial: the valid rows were saved, the others are listed)."})
    public static final class Import implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "the .xlsx or .csv file")
        private Path data;

        @Option(names = "--plan", required = true, paramLabel = "PLAN", description = "the plan to import into")
        private Path plan;

        @Option(names = "--mapping", paramLabel = "M", description = "column mapping file (default: usual titles)")
        private Path mappingFile;

        @Option(names = "--partial", description = "import the valid rows even if others fail")
        private boolean partial;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            for (Path p : new Path[] { data, plan, mappingFile }) {
                if (p != null && !Files.isRegularFile(p)) {
                    err.println("podium actuals import: no such file: " + p);
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
            loaded.problems().forEach(p -> err.println(p.format()));
            if (!loaded.readable()) {
                err.println("podium actuals import: " + plan + " cannot be read completely; nothing imported");
                return ExitCodes.PROBLEMS;
            }
            Resource resource = loaded.resource();
            ImportResult result = ActualsImporter.importInto(resource, data, mapping, partial);
            result.problems().forEach(p -> err.println(p.format()));
            if (result.applied() && !save(result, err)) {
                return ExitCodes.PROBLEMS;
            }
            spec.commandLine().getOut().println(plan + ": " + result.summary());
            if (result.applied()) {
                spec.commandLine().getOut().println("wrote " + String.join(", ", result.changed().stream()
                        .map(r -> r.getURI().isFile() ? r.getURI().toFileString() : r.getURI().toString()).toList())
                        + " (previous content kept as .bak)");
            }
            return !result.hasErrors() ? ExitCodes.OK : result.applied() ? ExitCodes.PARTIAL : ExitCodes.PROBLEMS;
        }

        private boolean save(ImportResult result, PrintWriter err) {
            List<String> saved = new java.util.ArrayList<>();
            for (Resource resource : result.changed()) {
                String path = resource.getURI().isFile() ? resource.getURI().toFileString() : resource.getURI().toString();
                try {
                    ActualsImporter.save(resource);
                    saved.add(path);
                } catch (IOException | RuntimeException e) {
                    String reason = e instanceof IOException io ? AtomicFiles.describe(io) : String.valueOf(e.getMessage());
                    err.println(new Problem(path, 0, 0, Severity.ERROR, PersistenceCodes.UNWRITABLE,
                            "cannot save (it is unchanged): " + reason
                                    + (saved.isEmpty() ? "" : "; already saved: " + String.join(", ", saved))).format());
                    return false;
                }
            }
            return true;
        }

        private int report(List<Problem> problems) {
            problems.forEach(p -> spec.commandLine().getErr().println(p.format()));
            return ExitCodes.PROBLEMS;
        }
    }
}
