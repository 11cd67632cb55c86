/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.cli.internal.ExitCodes;
import podium.cli.internal.Messages;
import podium.cli.internal.WorkingDirectory;
import podium.cli.internal.launch.RunKey;
import podium.cli.internal.output.DisplayPaths;
import podium.cli.internal.output.ProblemReport;
import podium.core.Problem;
import podium.core.Severity;
import podium.core.text.Enumerations;
import podium.lang.tools.WorkspaceModel;
import podium.model.query.ModelIndex;
import podium.reports.ExportException;
import podium.reports.ExporterDescriptor;
import podium.reports.ExporterRegistry;
import podium.reports.Exports;
import podium.reports.ParameterChoices;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOutcome;
import podium.reports.ReportRegistry;
import podium.reports.ReportRunner;
import podium.reports.api.ExportContext;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;

/** {@code podium report --list} and {@code podium report ID --plan FILE|DIR [...]}: the reports of the workbench, headless. */
// the options in the synopsis would make its Chinese line wider than a terminal (picocli counts 用法： as three
// columns, a terminal shows six); they are listed below it
@Command(name = "report", mixinStandardHelpOptions = true, abbreviateSynopsis = true)
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", descriptionKey = "id")
    private String id;

    @Option(names = "--list")
    private boolean list;

    @Option(names = RunKey.NO_DAEMON, descriptionKey = "no-daemon")
    private boolean noDaemon;

    @Option(names = "--plan", paramLabel = "FILE|DIR")
    private Path plan;

    @Option(names = "--as-of", paramLabel = "MONTH")
    private String asOf;

    @Option(names = "--period", paramLabel = "PERIOD")
    private String period;

    @Option(names = "--org", paramLabel = "ORG")
    private String organisation;

    @Option(names = "--indicator", paramLabel = "IND")
    private List<String> indicators;

    @Option(names = "--group", paramLabel = "GROUP")
    private String peerGroup;

    @Option(names = "--option", paramLabel = "KEY=VALUE")
    private Map<String, String> options;

    @Option(names = "--format", paramLabel = "FORMAT")
    private String format;

    @Option(names = "--out", paramLabel = "FILE")
    private Path out;

    @Option(names = "--export-option", paramLabel = "KEY=VALUE")
    private Map<String, String> exportOptions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            return list();
        }
        if (id == null || plan == null) {
            err.println("podium report: " + Messages.ReportCommand_idAndPlan); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        Optional<ReportDescriptor> report = ReportRegistry.getDefault().report(id);
        if (report.isEmpty()) {
            err.println("podium report: " + Messages.format(Messages.ReportCommand_noSuchReport, id)); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        Optional<ExporterDescriptor> exporter = exporter(err);
        if (exporter.isEmpty()) {
            return ExitCodes.USAGE;
        }
        if (!Files.exists(WorkingDirectory.resolve(plan))) {
            err.println("podium report: " + Messages.format(Messages.Arguments_noSuchFileOrFolder, DisplayPaths.of(plan))); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        if (out != null) {
            try {
                Exports.checkWritable(WorkingDirectory.resolve(out));
            } catch (ExportException e) {
                err.println("podium report: " + e.getMessage());
                return ExitCodes.PROBLEMS;
            }
        }
        return run(report.get(), exporter.get(), err);
    }

    private int run(ReportDescriptor report, ExporterDescriptor exporter, PrintWriter err) {
        WorkspaceModel workspace = WorkspaceModel.load(WorkingDirectory.resolve(plan));
        if (workspace.resourceSet().getResources().isEmpty() && workspace.problems().isEmpty()) {
            // a mistyped or emptied folder, as validate and format say it
            err.println("podium report: " + Messages.format(Messages.Arguments_noPodiumFiles, DisplayPaths.of(plan))); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        List<Problem> errors = workspace.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        new ProblemReport(errors, false).print(err);
        ReportInput input = new ReportInput(ModelIndex.of(workspace.resourceSet()), workspace.folder(),
                workspace.problems(), element -> workspace.locate(element, DisplayPaths::of));
        ReportParameters parameters;
        try {
            parameters = podium.reports.Parameters.resolve(input.model(), report, choices());
        } catch (ReportException e) {
            err.println("podium report: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ReportOutcome outcome = new ReportRunner().run(report, input, parameters);
        if (outcome instanceof ReportOutcome.Failed failed) {
            err.println("podium report: " + failed.message());
            return failed.pluginFault() ? ExitCodes.INTERNAL : ExitCodes.PROBLEMS;
        }
        ReportData data = ((ReportOutcome.Produced) outcome).data();
        data.omissions().forEach(o -> err.println("podium report: " + o));
        int written = write(exporter, data, err);
        if (written != ExitCodes.OK) {
            return written;
        }
        if (!errors.isEmpty()) {
            err.println("podium report: " + Messages.format(Messages.ReportCommand_planHasErrors, errors.size())); //$NON-NLS-1$
            return ExitCodes.PROBLEMS;
        }
        return ExitCodes.OK;
    }

    private int write(ExporterDescriptor exporter, ReportData data, PrintWriter err) {
        ExportContext context = new ExportContext(Locale.getDefault(), exportOptions == null ? Map.of() : exportOptions);
        try {
            if (out != null) {
                Exports.write(exporter, data, context, WorkingDirectory.resolve(out));
                err.println("podium report: " + Messages.format(Messages.ReportCommand_wrote, DisplayPaths.of(out))); //$NON-NLS-1$
            } else {
                String text = new String(Exports.toBytes(exporter, data, context), StandardCharsets.UTF_8);
                // A byte-order mark helps Excel open a CSV file; a terminal would show it as noise.
                spec.commandLine().getOut().print(text.startsWith("\uFEFF") ? text.substring(1) : text);
            }
            return ExitCodes.OK;
        } catch (ExportException e) {
            err.println("podium report: " + e.getMessage());
            return e.getCause() instanceof ReportException || e.getCause() == null ? ExitCodes.PROBLEMS : ExitCodes.INTERNAL;
        }
    }

    /** The format asked for, else the one of --out's extension, else txt; binary formats need --out. */
    private Optional<ExporterDescriptor> exporter(PrintWriter err) {
        ExporterRegistry registry = ExporterRegistry.getDefault();
        String wanted = format;
        if (wanted == null && out != null) {
            String name = out.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            wanted = registry.exporters().stream().filter(e -> e.extension().equalsIgnoreCase(extension))
                    .map(ExporterDescriptor::format).findFirst().orElse(null);
            if (wanted == null) {
                err.println("podium report: " + Messages.format(Messages.ReportCommand_unknownExtension, name)); //$NON-NLS-1$
                return Optional.empty();
            }
        }
        String id = wanted == null ? "txt" : wanted;
        Optional<ExporterDescriptor> exporter = registry.exporter(id);
        if (exporter.isEmpty()) {
            List<String> formats = registry.exporters().stream().map(ExporterDescriptor::format).toList();
            err.println("podium report: " + (formats.isEmpty() ? Messages.format(Messages.ReportCommand_noFormats, id) //$NON-NLS-1$
                    : Messages.format(Messages.ReportCommand_noSuchFormat, id, Enumerations.join(formats))));
        } else if (out == null && !exporter.get().isText()) {
            err.println("podium report: " + Messages.format(Messages.ReportCommand_notText, exporter.get().format())); //$NON-NLS-1$
            return Optional.empty();
        }
        return exporter;
    }

    private ParameterChoices choices() {
        return new ParameterChoices(asOf, period, organisation, indicators, peerGroup,
                options == null ? Map.of() : new LinkedHashMap<>(options));
    }

    private int list() {
        PrintWriter stdout = spec.commandLine().getOut();
        List<ReportDescriptor> reports = ReportRegistry.getDefault().reports();
        int width = reports.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (ReportDescriptor r : reports) {
            String english = r.nameEn() == null ? "" : "  " + r.nameEn();
            stdout.println(String.format("%-" + width + "s  %s%s", r.id(), r.name(), english).stripTrailing());
        }
        PrintWriter stderr = spec.commandLine().getErr();
        // A plugin whose report or export format was skipped is otherwise named only in the workbench's log.
        ReportRegistry.getDefault().problems().forEach(p -> stderr.println("podium report: " + p)); //$NON-NLS-1$
        ExporterRegistry.getDefault().problems().forEach(p -> stderr.println("podium report: " + p)); //$NON-NLS-1$
        return ExitCodes.OK;
    }
}
