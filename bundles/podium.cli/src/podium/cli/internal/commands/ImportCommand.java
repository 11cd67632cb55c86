/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.cli.internal.ExitCodes;
import podium.core.Problem;
import podium.core.Severity;
import podium.importer.ImportJson;
import podium.importer.ImportResult;
import podium.importer.SpeechImporter;
import podium.importer.TargetProposal;
import podium.importer.TargetProposals;
import podium.importer.model.PlanTargets;
import podium.importer.model.PlanTargets.Placement;
import podium.importer.model.PlanTargets.Status;
import podium.importer.model.SpeechModelMapper;
import podium.lang.tools.PlanLoader;
import podium.model.persistence.LoadResult;
import podium.model.persistence.PersistenceCodes;

/** {@code podium import FILE... [--json] [--xmi OUT_DIR] [--propose-targets --plan PLAN [--accept N,...]]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports speech texts copied from websites: detects the encoding, repairs mojibake and",
            "removes pinyin and web junk, converts to Simplified, splits speeches and sections and reads every",
            "figure. Problems (blanked numbers, placeholders, sums that do not add up, unrepairable junk) go",
            "to stderr; --json prints the result documented in docs/import-json.md."},
        footer = "%nExit codes: 0 imported (warnings are printed but do not fail), 1 a file could not be"
                + " imported or the plan not read or saved, 2 usage error.")
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "speech texts (UTF-8, GBK/GB18030 or UTF-16)")
    private List<Path> files;

    @Option(names = "--json", description = "print the import as JSON (one object per file)")
    private boolean json;

    @Option(names = "--xmi", paramLabel = "OUT_DIR", description = "also save each file's speech model as OUT_DIR/NAME.xmi")
    private Path xmiDir;

    @Option(names = "--propose-targets", description = "list the targets the speeches set (确保/力争), placed in --plan")
    private boolean propose;

    @Option(names = "--plan", paramLabel = "PLAN", description = "the plan (.xmi or .podium) for --propose-targets")
    private Path plan;

    @Option(names = "--accept", paramLabel = "N", split = ",",
            description = "with --propose-targets: add or update the proposals numbered N (or 'all') in the plan")
    private List<String> accept;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageError();
        if (usage != null) {
            err.println("podium import: " + usage);
            return ExitCodes.USAGE;
        }
        SpeechImporter importer = new SpeechImporter();
        List<ImportResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(importer.importFile(file));
        }
        results.forEach(r -> r.problems().forEach(p -> err.println(p.format())));
        boolean failed = results.stream().anyMatch(ImportResult::hasErrors);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(ImportJson.write(results));
        } else {
            results.forEach(r -> out.println(summary(r)));
        }
        if (xmiDir != null) {
            failed |= !saveXmi(results, out, err);
        }
        if (propose) {
            failed |= !proposeTargets(results, out, err);
        }
        return failed ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private String usageError() {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                return "no such file: " + file;
            }
        }
        if (propose != (plan != null)) {
            return "--propose-targets and --plan go together";
        }
        if (accept != null && !propose) {
            return "--accept needs --propose-targets";
        }
        if (propose && json) {
            return "--propose-targets lists proposals as text; use it without --json";
        }
        if (plan != null && !Files.isRegularFile(plan)) {
            return "no such file: " + plan;
        }
        if (xmiDir != null && Files.exists(xmiDir) && !Files.isDirectory(xmiDir)) {
            return "not a directory: " + xmiDir;
        }
        return null;
    }

    private static String summary(ImportResult r) {
        if (r.encoding() == null) {
            return r.file() + ": not imported";
        }
        int figures = r.speeches().stream().mapToInt(s -> s.figures().size()).sum();
        long blanks = r.speeches().stream().flatMap(s -> s.figures().stream()).filter(f -> f.value() == null).count();
        return r.file() + ": " + r.encoding() + ", " + r.speeches().size() + " speech(es), " + figures
                + " figures (" + blanks + " without a value), " + r.repairs().size() + " repairs, "
                + r.problems().size() + " problems";
    }

    private boolean saveXmi(List<ImportResult> results, PrintWriter out, PrintWriter err) {
        boolean ok = true;
        for (ImportResult r : results) {
            if (r.encoding() == null) {
                continue;
            }
            try {
                Files.createDirectories(xmiDir);
                Path saved = SpeechModelMapper.saveXmi(r, xmiDir);
                if (!json) {
                    out.println("  saved " + saved);
                }
            } catch (IOException | RuntimeException e) {
                err.println(new Problem(xmiDir.toString(), 0, 0, Severity.ERROR, PersistenceCodes.UNWRITABLE,
                        "cannot save the speech model of " + r.file() + ": " + e.getMessage()).format());
                ok = false;
            }
        }
        return ok;
    }

    private boolean proposeTargets(List<ImportResult> results, PrintWriter out, PrintWriter err) {
        LoadResult loaded = PlanLoader.load(plan);
        loaded.problems().forEach(p -> err.println(p.format()));
        if (!loaded.ok()) {
            err.println("podium import: " + plan + " has errors; no targets proposed");
            return false;
        }
        PlanTargets targets = PlanTargets.in(loaded.resource());
        if (targets == null) {
            err.println("podium import: " + plan + " contains no plan");
            return false;
        }
        List<TargetProposal> proposals = new ArrayList<>();
        results.forEach(r -> proposals.addAll(TargetProposals.of(r)));
        List<Placement> placements = targets.place(proposals);
        out.println("Target proposals for " + plan + ":");
        for (int i = 0; i < placements.size(); i++) {
            out.println("  [" + (i + 1) + "] " + placements.get(i).describe());
        }
        if (placements.isEmpty()) {
            out.println("  (the speeches set no 确保/力争 figures with an indicator)");
        }
        return accept == null || acceptAndSave(targets, placements, out, err);
    }

    private boolean acceptAndSave(PlanTargets targets, List<Placement> placements, PrintWriter out,
            PrintWriter err) {
        List<Placement> chosen = new ArrayList<>();
        for (String item : accept) {
            if (item.equalsIgnoreCase("all")) {
                placements.stream().filter(PlanTargets::acceptable).forEach(chosen::add);
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(item.strip());
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1 || n > placements.size() || !PlanTargets.acceptable(placements.get(n - 1))) {
                err.println("podium import: proposal " + item + " cannot be accepted"
                        + (n >= 1 && n <= placements.size() ? " (" + statusOf(placements.get(n - 1)) + ")" : ""));
                return false;
            }
            chosen.add(placements.get(n - 1));
        }
        chosen.forEach(targets::accept);
        try {
            targets.save(plan);
        } catch (IOException | RuntimeException e) {
            err.println(new Problem(plan.toString(), 0, 0, Severity.ERROR, PersistenceCodes.UNWRITABLE,
                    "cannot save the plan (it is unchanged): " + e.getMessage()).format());
            return false;
        }
        out.println("Accepted " + chosen.size() + " target(s) into " + plan + " (previous content kept as "
                + plan.getFileName() + ".bak)");
        return true;
    }

    private static String statusOf(Placement placement) {
        Status status = placement.status();
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
