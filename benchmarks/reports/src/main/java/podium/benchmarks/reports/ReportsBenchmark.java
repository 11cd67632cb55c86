/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.benchmarks.reports;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import podium.model.query.ModelIndex;
import podium.reports.Contributor;
import podium.reports.ParameterChoices;
import podium.reports.Parameters;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOption;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportParameters.Kind;
import podium.reports.api.ReportProducer;
import podium.reports.builtin.internal.MeasuresReport;
import podium.reports.builtin.internal.PipelineReport;
import podium.reports.builtin.internal.ProgressReport;
import podium.reports.builtin.internal.RankingReport;
import podium.reports.builtin.internal.SpeechCheckReport;
import podium.reports.builtin.internal.ZeroProgressReport;
import podium.reports.bulletin.BulletinReport;

/**
 * Each built-in report and the bulletin over the generated workspace of {@link ReportsModel} (200 organisations ×
 * 50 indicators × 60 months) as of its last month, against a baseline in the same run doing the report's arithmetic
 * in plain loops over primitive arrays ({@link Baselines}).
 * <p>
 * A report is run as the product runs it: the producer class instantiated (the extension registry does that in
 * OSGi), the parameters resolved by {@link Parameters#resolve} from the report's declared kinds and options with
 * their plugin.xml defaults, and {@code produce(ReportInput.of(ModelIndex.of(workspace)), parameters)} where the
 * workspace is a resource set of .podium files in podium.lang's PodiumResource and a speech .xmi, as the CLI and
 * the workbench load it. The measured time includes indexing the workspace (what {@code podium report} does once
 * per run) but not loading it, the isolated runner thread, nor formatting or exporting the data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class ReportsBenchmark {

    @Param("200")
    int organisations;

    @Param("50")
    int indicators;

    @Param("60")
    int months;

    private ReportsModel model;
    private Baselines baselines;
    private final Map<String, ReportDescriptor> reports = new LinkedHashMap<>();
    private final Map<String, ReportParameters> parameters = new LinkedHashMap<>();

    @Setup(Level.Trial)
    public void build() throws Exception {
        model = new ReportsModel(organisations, indicators, months);
        baselines = new Baselines(model);
        ModelIndex index = ModelIndex.of(model.workspace);
        // as plugin.xml declares them: parameter kinds and options with their defaults
        EnumSet<Kind> progress = EnumSet.of(Kind.AS_OF, Kind.PERIOD, Kind.ORGANISATION, Kind.INDICATORS);
        add(index, "progress", progress, List.of(), ProgressReport::new);
        add(index, "ranking", EnumSet.allOf(Kind.class), List.of(), RankingReport::new);
        add(index, "zero-progress", EnumSet.of(Kind.AS_OF, Kind.ORGANISATION, Kind.INDICATORS), List.of(),
                ZeroProgressReport::new);
        add(index, "pipeline", EnumSet.of(Kind.AS_OF, Kind.ORGANISATION),
                List.of(new ReportOption("stalledMonths", "停滞月数", "Stalled after (months)", "integer", "3")),
                PipelineReport::new);
        add(index, "measures", EnumSet.of(Kind.AS_OF, Kind.ORGANISATION),
                List.of(new ReportOption("dueWithinDays", "临近到期天数", "Due within (days)", "integer", "30")),
                MeasuresReport::new);
        add(index, "speech-check", EnumSet.noneOf(Kind.class),
                List.of(new ReportOption("speech", "讲话", "Speech", "text", null)), SpeechCheckReport::new);
        add(index, "bulletin", progress,
                List.of(new ReportOption("date", "成文日期", "Date of issue", "text", null),
                        new ReportOption("laggards", "点名完成率后几位", "Laggards named", "integer", "3")),
                BulletinReport::new);
    }

    private void add(ModelIndex index, String id, Set<Kind> kinds, List<ReportOption> options,
            Supplier<ReportProducer> producer) throws ReportException {
        ReportDescriptor report = new ReportDescriptor(id, id, id, null, null, null, kinds, options,
                new Contributor("podium.benchmarks.reports", "benchmark"), false, attribute -> producer.get());
        reports.put(id, report);
        // the data month: the last one (the plan's as-of day lies in it, so this is also the default)
        ParameterChoices choices = new ParameterChoices(model.asOf.toString(), null, null, List.of(), null, Map.of());
        parameters.put(id, Parameters.resolve(index, report, choices));
    }

    /** The report {@code id} as the product produces it, from a fresh index of the model. */
    ReportData produce(String id) throws Exception {
        return reports.get(id).producer().produce(ReportInput.of(ModelIndex.of(model.workspace)), parameters.get(id));
    }

    ReportsModel model() {
        return model;
    }

    Baselines baselines() {
        return baselines;
    }

    Map<String, ReportParameters> parameters() {
        return parameters;
    }

    /**
     * Not a report: what every report pays before its own work, indexing the workspace and listing the element
     * types the reports ask the index for (each list is a pass over all elements).
     */
    @Benchmark
    public int index() {
        ModelIndex index = ModelIndex.of(model.workspace);
        return index.plan().hashCode() + index.organisations().size() + index.indicators().size()
                + index.peerGroups().size() + index.targets().size() + index.decompositions().size()
                + index.actuals().size() + index.ranks().size() + index.projects().size() + index.measures().size()
                + index.all(podium.model.Speech.class).size();
    }

    @Benchmark
    public ReportData progress() throws Exception {
        return produce("progress");
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public double progressBaseline() {
        return baselines.progress();
    }

    @Benchmark
    public ReportData ranking() throws Exception {
        return produce("ranking");
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public double rankingBaseline() {
        return baselines.ranking();
    }

    @Benchmark
    public ReportData zeroProgress() throws Exception {
        return produce("zero-progress");
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public double zeroProgressBaseline() {
        return baselines.zeroProgress();
    }

    @Benchmark
    public ReportData pipeline() throws Exception {
        return produce("pipeline");
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public double pipelineBaseline() {
        return baselines.pipeline(parameters.get("pipeline").intOption("stalledMonths", 3));
    }

    @Benchmark
    public ReportData measures() throws Exception {
        return produce("measures");
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public double measuresBaseline() {
        return baselines.measures(parameters.get("measures").intOption("dueWithinDays", 30));
    }

    @Benchmark
    public ReportData speechCheck() throws Exception {
        return produce("speech-check");
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public double speechCheckBaseline() {
        return baselines.speechCheck();
    }

    @Benchmark
    public ReportData bulletin() throws Exception {
        return produce("bulletin");
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public double bulletinBaseline() {
        return baselines.bulletin(parameters.get("bulletin").intOption("laggards", 3));
    }
}
