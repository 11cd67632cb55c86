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
import podium.core.Problem;
import podium.core.Severity;
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
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Produces a report (the same reports and export formats as the workbench's 报表 tool window,",
            "contributed plugins included) and writes it as text to stdout or to --out FILE.",
            "Errors in the plan are printed first (as 'podium validate' prints them); the report still runs",
            "where it can, and what it left out goes to stderr."},
        footer = {"%nExamples:%n  podium report --list%n  podium report progress --plan examples%n"
                + "  podium report bulletin --plan examples --as-of 2004-06 --format docx --out 通报.docx",
            "%nExit codes: 0 written, 1 written but the plan has errors or the report left something out because of"
                + " them, or the report cannot be produced for this plan, 2 usage error (unknown report, format,"
                + " name or month), 3 a report or export plugin failed."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "the report's id (see --list)")
    private String id;

    @Option(names = "--list", description = "list the reports: id, Chinese and English name")
    private boolean list;

    @Option(names = "--plan", paramLabel = "FILE|DIR", description = "the workspace folder, a .podium file (read with its folder) or an XMI model")
    private Path plan;

    @Option(names = "--as-of", paramLabel = "MONTH", description = "the data month, e.g. 2004-06 (default: the plan's as-of month)")
    private String asOf;

    @Option(names = "--period", paramLabel = "PERIOD", description = "the period of the targets: 2004, 2004H1, 2004Q3 (default: the plan's)")
    private String period;

    @Option(names = "--org", paramLabel = "ORG", description = "only this organisation and those below it (name, title or alias)")
    private String organisation;

    @Option(names = "--indicator", paramLabel = "IND", description = "only this indicator (repeatable; name, title or alias)")
    private List<String> indicators;

    @Option(names = "--group", paramLabel = "GROUP", description = "the peer group for rankings (name or title)")
    private String peerGroup;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "an option of the report, e.g. stalledMonths=2 (repeatable)")
    private Map<String, String> options;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, xlsx, html, pdf, png, txt, docx, or a contributed format (default: from --out's extension, else txt)")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout; needed for binary formats")
    private Path out;

    @Option(names = "--export-option", paramLabel = "KEY=VALUE",
            description = "an option of the export format, e.g. font=/path/to/font.ttc for pdf (repeatable)")
    private Map<String, String> exportOptions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            return list();
        }
        if (id == null || plan == null) {
            err.println("podium report: give a report id and --plan FILE|DIR, or --list");
            return ExitCodes.USAGE;
        }
        Optional<ReportDescriptor> report = ReportRegistry.getDefault().report(id);
        if (report.isEmpty()) {
            err.println("podium report: no report '" + id + "'; 'podium report --list' shows them");
            return ExitCodes.USAGE;
        }
        Optional<ExporterDescriptor> exporter = exporter(err);
        if (exporter.isEmpty()) {
            return ExitCodes.USAGE;
        }
        if (!Files.exists(plan)) {
            err.println("podium report: no such file or folder: " + plan);
            return ExitCodes.USAGE;
        }
        if (out != null) {
            try {
                Exports.checkWritable(out);
            } catch (ExportException e) {
                err.println("podium report: " + e.getMessage());
                return ExitCodes.PROBLEMS;
            }
        }
        return run(report.get(), exporter.get(), err);
    }

    private int run(ReportDescriptor report, ExporterDescriptor exporter, PrintWriter err) {
        WorkspaceModel workspace = WorkspaceModel.load(plan);
        List<Problem> errors = workspace.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        errors.forEach(p -> err.println(p.format()));
        ReportInput input = new ReportInput(ModelIndex.of(workspace.resourceSet()), workspace.folder(),
                workspace.problems(), workspace::locate);
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
            err.println("podium report: the plan has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + "; the report left out what they affect");
            return ExitCodes.PROBLEMS;
        }
        return ExitCodes.OK;
    }

    private int write(ExporterDescriptor exporter, ReportData data, PrintWriter err) {
        ExportContext context = new ExportContext(Locale.getDefault(), exportOptions == null ? Map.of() : exportOptions);
        try {
            if (out != null) {
                Exports.write(exporter, data, context, out);
                err.println("podium report: wrote " + out);
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
                err.println("podium report: cannot tell the format from '" + name + "'; give --format");
                return Optional.empty();
            }
        }
        String id = wanted == null ? "txt" : wanted;
        Optional<ExporterDescriptor> exporter = registry.exporter(id);
        if (exporter.isEmpty()) {
            List<String> formats = registry.exporters().stream().map(ExporterDescriptor::format).toList();
            err.println("podium report: no format '" + id + "'; "
                    + (formats.isEmpty() ? "no export format is installed" : "formats: " + String.join(", ", formats)));
        } else if (out == null && !exporter.get().isText()) {
            err.println("podium report: " + exporter.get().format() + " is not text; give --out FILE");
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
        ReportRegistry.getDefault().problems().forEach(p -> spec.commandLine().getErr().println("podium report: " + p));
        return ExitCodes.OK;
    }
}
