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
import podium.cli.internal.Messages;
import podium.cli.internal.output.DisplayPaths;
import podium.cli.internal.output.ProblemReport;
import podium.core.Problem;
import podium.core.Severity;
import podium.importer.ImportJson;
import podium.importer.ImportResult;
import podium.importer.SpeechImporter;
import podium.importer.TargetProposal;
import podium.importer.TargetProposals;
import podium.importer.model.PlanTargets;
import podium.importer.model.PlanTargets.Placement;
import podium.importer.model.SpeechModelMapper;
import podium.lang.tools.PlanLoader;
import podium.model.persistence.LoadResult;
import podium.model.persistence.PersistenceCodes;

/** {@code podium import FILE... [--json] [--xmi OUT_DIR] [--propose-targets --plan PLAN [--accept N,...]]}. */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    private List<Path> files;

    @Option(names = "--json")
    private boolean json;

    @Option(names = "--xmi", paramLabel = "OUT_DIR")
    private Path xmiDir;

    @Option(names = "--propose-targets")
    private boolean propose;

    @Option(names = "--plan", paramLabel = "PLAN")
    private Path plan;

    @Option(names = "--accept", paramLabel = "N", split = ",")
    private List<String> accept;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageError();
        if (usage != null) {
            err.println("podium import: " + usage); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        SpeechImporter importer = new SpeechImporter();
        List<ImportResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(importer.importFile(file));
        }
        results.forEach(r -> r.problems().forEach(p -> err.println(ProblemReport.format(p))));
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
                return Messages.format(Messages.Arguments_noSuchFile, DisplayPaths.of(file));
            }
        }
        if (propose != (plan != null)) {
            return Messages.ImportCommand_proposeNeedsPlan;
        }
        if (accept != null && !propose) {
            return Messages.ImportCommand_acceptNeedsPropose;
        }
        if (propose && json) {
            return Messages.ImportCommand_proposeWithoutJson;
        }
        if (plan != null && !Files.isRegularFile(plan)) {
            return Messages.format(Messages.Arguments_noSuchFile, DisplayPaths.of(plan));
        }
        if (xmiDir != null && Files.exists(xmiDir) && !Files.isDirectory(xmiDir)) {
            return Messages.format(Messages.Arguments_notAFolder, DisplayPaths.of(xmiDir));
        }
        return null;
    }

    private static String summary(ImportResult r) {
        String file = DisplayPaths.of(r.file());
        if (r.encoding() == null) {
            return Messages.format(Messages.ImportCommand_notImported, file);
        }
        int figures = r.speeches().stream().mapToInt(s -> s.figures().size()).sum();
        long blanks = r.speeches().stream().flatMap(s -> s.figures().stream()).filter(f -> f.value() == null).count();
        return Messages.format(Messages.ImportCommand_summary, file, r.encoding(), r.speeches().size(), figures, blanks,
                r.repairs().size(), r.problems().size());
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
                    out.println("  " + Messages.format(Messages.ImportCommand_saved, DisplayPaths.of(saved))); //$NON-NLS-1$
                }
            } catch (IOException | RuntimeException e) {
                err.println(ProblemReport.format(new Problem(xmiDir.toString(), 0, 0, Severity.ERROR, PersistenceCodes.UNWRITABLE,
                        Messages.format(Messages.ImportCommand_cannotSaveSpeech, DisplayPaths.of(r.file()), e.getMessage()))));
                ok = false;
            }
        }
        return ok;
    }

    private boolean proposeTargets(List<ImportResult> results, PrintWriter out, PrintWriter err) {
        LoadResult loaded = PlanLoader.load(plan);
        loaded.problems().forEach(p -> err.println(ProblemReport.format(p)));
        if (!loaded.ok()) {
            err.println("podium import: " + Messages.format(Messages.ImportCommand_planHasErrors, DisplayPaths.of(plan))); //$NON-NLS-1$
            return false;
        }
        PlanTargets targets = PlanTargets.in(loaded.resource());
        if (targets == null) {
            err.println("podium import: " + Messages.format(Messages.ImportCommand_noPlan, DisplayPaths.of(plan))); //$NON-NLS-1$
            return false;
        }
        List<TargetProposal> proposals = new ArrayList<>();
        results.forEach(r -> proposals.addAll(TargetProposals.of(r)));
        List<Placement> placements = targets.place(proposals);
        out.println(Messages.format(Messages.ImportCommand_proposalsFor, DisplayPaths.of(plan)));
        for (int i = 0; i < placements.size(); i++) {
            out.println("  [" + (i + 1) + "] " + placements.get(i).describe());
        }
        if (placements.isEmpty()) {
            out.println("  " + Messages.ImportCommand_noProposals); //$NON-NLS-1$
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
                err.println("podium import: " + (n >= 1 && n <= placements.size() //$NON-NLS-1$
                        ? Messages.format(Messages.ImportCommand_cannotAcceptBecause, item, placements.get(n - 1).reason())
                        : Messages.format(Messages.ImportCommand_cannotAccept, item)));
                return false;
            }
            chosen.add(placements.get(n - 1));
        }
        chosen.forEach(targets::accept);
        Path kept;
        try {
            kept = targets.save(plan);
        } catch (IOException | RuntimeException e) {
            err.println(ProblemReport.format(new Problem(plan.toString(), 0, 0, Severity.ERROR, PersistenceCodes.UNWRITABLE,
                    Messages.format(Messages.ImportCommand_cannotSavePlan, e.getMessage()))));
            return false;
        }
        out.println(Messages.format(Messages.ImportCommand_accepted, chosen.size(), DisplayPaths.of(plan),
                kept == null ? "" : DisplayPaths.of(kept))); //$NON-NLS-1$
        return true;
    }
}
