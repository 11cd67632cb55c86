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
import podium.lang.tools.PlanLoader;
import podium.model.persistence.LoadResult;
import podium.model.persistence.ModelStore;
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
            footer = "%nExit codes: 0 imported, 1 problems in the data, mapping or plan, 2 usage error.")
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
            LoadResult loaded = PlanLoader.load(plan);
            loaded.problems().forEach(p -> err.println(p.format()));
            if (!loaded.ok()) {
                err.println("podium actuals import: " + plan + " has errors; nothing imported");
                return ExitCodes.PROBLEMS;
            }
            Resource resource = loaded.resource();
            ImportResult result = ActualsImporter.importInto(resource, data, mapping, partial);
            result.problems().forEach(p -> err.println(p.format()));
            if (result.applied() && !save(resource, err)) {
                return ExitCodes.PROBLEMS;
            }
            spec.commandLine().getOut().println(plan + ": " + result.summary());
            return result.hasErrors() ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }



        private boolean save(Resource resource, PrintWriter err) {
            try {
                ModelStore.save(resource, plan);
                return true;
            } catch (IOException | RuntimeException e) {
                err.println(new Problem(plan.toString(), 0, 0, Severity.ERROR, PersistenceCodes.UNWRITABLE,
                        "cannot save the plan (it is unchanged): " + e.getMessage()).format());
                return false;
            }
        }

        private int report(List<Problem> problems) {
            problems.forEach(p -> spec.commandLine().getErr().println(p.format()));
            return ExitCodes.PROBLEMS;
        }
    }
}
