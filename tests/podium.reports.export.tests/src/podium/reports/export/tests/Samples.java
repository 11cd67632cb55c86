/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import podium.lang.tools.WorkspaceModel;
import podium.model.Unit;
import podium.model.query.ModelIndex;
import podium.reports.ExportException;
import podium.reports.ExporterDescriptor;
import podium.reports.ExporterRegistry;
import podium.reports.Exports;
import podium.reports.ParameterChoices;
import podium.reports.Parameters;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOutcome;
import podium.reports.ReportRegistry;
import podium.reports.ReportRunner;
import podium.reports.api.Chart;
import podium.reports.api.Column;
import podium.reports.api.ExportContext;
import podium.reports.api.Heading;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Tone;
import podium.reports.api.Value;

/**
 * Report data for the export tests: a small report written by hand with every kind of value, and
 * the real reports of examples/ run through the registry and the runner as the product runs them;
 * exports go through the exporter registry and {@link Exports} as the product's do.
 */
final class Samples {

    static final ExportContext CHINESE = ExportContext.of(Locale.SIMPLIFIED_CHINESE);

    private Samples() {
    }

    /**
     * A report with a heading, paragraphs (one with markup characters), a table with every kind of
     * value — ranked amounts and percentages, points, a rank, movements, statuses of three tones,
     * both kinds of empty cell, a name with a comma and quotes — and a total row, a progress chart,
     * a signature and an omission.
     */
    static ReportData allKinds() {
        Table table = Table.builder("units", "各县区完成情况")
                .column("unit", "单位", Column.Type.TEXT)
                .column("actual", "完成额（万美元）", Column.Type.AMOUNT)
                .column("completion", "完成率（%）", Column.Type.PERCENT)
                .column("gap", "与序时进度差", Column.Type.POINTS)
                .column("rank", "位次", Column.Type.RANK)
                .column("movement", "升降", Column.Type.MOVEMENT)
                .column("status", "状态", Column.Type.STATUS)
                .column("yoy", "增幅（±%）", Column.Type.PERCENT)
                .row(null, text("东县"), ranked(amount("8000.5"), 1, 3), ranked(percent("41.6947"), 1, 3),
                        new Value.Points(new BigDecimal("0.02")), new Value.Rank(1, 3), new Value.Movement(2),
                        new Value.Status("ahead", Tone.GOOD, "超序时进度"), percent("12.5"))
                .row(null, text("西县, \"新区\""), ranked(amount("7843.5"), 2, 3), ranked(percent("39.2175"), 2, 3),
                        new Value.Points(new BigDecimal("-2.47")), new Value.Rank(2, 3), new Value.Movement(-1),
                        new Value.Status("behind", Tone.WARNING, "低于序时进度"), noBase())
                .row(null, text("南县"), notApplicable(), notApplicable(), notApplicable(), new Value.Rank(3, 3),
                        new Value.Movement(0), new Value.Status("zero-progress", Tone.BAD, "零进度"), noBase())
                .row(Row.Kind.TOTAL, null, text("合计"), amount("15844"), percent("41.6947"),
                        new Value.Points(new BigDecimal("0.02")), notApplicable(), notApplicable(),
                        new Value.Status("ahead", Tone.GOOD, "超序时进度"), percent("10.2"))
                .note("括号内数字为位次。")
                .note("“-”表示该单位无此项目标任务，“—”表示上年同期为零。")
                .build();
        Chart chart = new Chart("completion", "实际利用外资完成率", Chart.Kind.PROGRESS, List.of("东县", "西县", "南县"),
                List.of(new Chart.Series("完成率", Arrays.asList(new BigDecimal("41.69"), new BigDecimal("39.22"), null))),
                Unit.PERCENT, List.of(new Chart.Marker("序时进度", new BigDecimal("41.67"))));
        return new ReportData("sample", "2004年1-5月实际利用外资完成情况",
                List.of(new ReportData.Parameter("截至月份", "2004年5月"), new ReportData.Parameter("单位", "南阳市")),
                List.of(new Heading(1, "一、总体情况"),
                        Paragraph.of("1-5月，全市实际利用外资15844万美元，完成年度目标38000万美元的41.69%，超序时进度0.02个百分点。"),
                        new Paragraph("注：<b>A & B</b> 不是标记。", Paragraph.Style.NOTE),
                        table, chart,
                        new Paragraph("某市领导小组办公室", Paragraph.Style.SIGNATURE),
                        new Paragraph("2004年6月5日", Paragraph.Style.SIGNATURE)),
                List.of("南县：5月无数据 <script>"));
    }

    /** The same report without running text: only its table and chart. */
    static ReportData tablesOnly() {
        ReportData all = allKinds();
        return new ReportData("sample-tables", all.title(), all.parameters(),
                all.blocks().stream().filter(b -> b instanceof Table || b instanceof Chart).toList(), all.omissions());
    }

    static Value text(String text) {
        return new Value.Text(text);
    }

    static Value amount(String value) {
        return new Value.Amount(new BigDecimal(value), Unit.TEN_THOUSAND_USD);
    }

    static Value percent(String value) {
        return new Value.Percent(new BigDecimal(value));
    }

    static Value ranked(Value value, int rank, int of) {
        return new Value.Ranked(value, new Value.Rank(rank, of));
    }

    static Value notApplicable() {
        return new Value.Empty("无此项目标任务");
    }

    static Value noBase() {
        return new Value.Empty("上年同期为零", Value.Empty.Kind.NO_BASE);
    }

    /** A report of examples/ with its default parameters, as `podium report ID --plan examples` runs it. */
    static ReportData example(String reportId) throws Exception {
        WorkspaceModel workspace = WorkspaceModel.load(Path.of("../../examples"));
        ReportInput input = new ReportInput(ModelIndex.of(workspace.resourceSet()), workspace.folder(),
                workspace.problems(), workspace::locate);
        ReportDescriptor report = ReportRegistry.getDefault().report(reportId).orElseThrow();
        ReportParameters parameters = Parameters.resolve(input.model(), report, ParameterChoices.defaults());
        ReportOutcome outcome = new ReportRunner().run(report, input, parameters);
        if (outcome instanceof ReportOutcome.Produced produced) {
            return produced.data();
        }
        throw new AssertionError(reportId + ": " + ((ReportOutcome.Failed) outcome).message());
    }

    static ExporterDescriptor format(String format) {
        return ExporterRegistry.getDefault().exporter(format).orElseThrow(() -> new AssertionError("no format " + format));
    }

    /** The data exported as the product exports it; the file is kept under podium.exports.out as NAME. */
    static byte[] export(String format, ReportData data, String name) throws ExportException, IOException {
        return export(format, data, CHINESE, name);
    }

    static byte[] export(String format, ReportData data, ExportContext context, String name)
            throws ExportException, IOException {
        byte[] bytes = Exports.toBytes(format(format), data, context);
        keep(name, bytes);
        return bytes;
    }

    /** The context with one option. */
    static ExportContext with(String option, String value) {
        return new ExportContext(Locale.SIMPLIFIED_CHINESE, Map.of(option, value));
    }

    /** Keeps an exported file for a look with other programs when podium.exports.out names a folder. */
    static void keep(String name, byte[] content) throws IOException {
        String dir = System.getProperty("podium.exports.out");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), content);
        }
    }
}
