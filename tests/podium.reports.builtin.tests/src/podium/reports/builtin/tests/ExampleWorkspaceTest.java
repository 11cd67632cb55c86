/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.builtin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.reports.builtin.tests.Reports.rows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import podium.lang.tools.WorkspaceModel;
import podium.model.query.ModelIndex;
import podium.reports.ParameterChoices;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOutcome;
import podium.reports.ReportRegistry;
import podium.reports.api.ReportData;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters.Kind;
import podium.reports.api.Table;

/** Every built-in report on the example workspace (examples/, as of 2004-08-31), read as the product reads it. */
class ExampleWorkspaceTest {

    private static final List<String> IDS = List.of("progress", "ranking", "zero-progress", "pipeline", "measures",
            "speech-check");

    private static ReportInput input;

    @BeforeAll
    static void load() {
        WorkspaceModel model = WorkspaceModel.load(Path.of("../../examples"));
        input = new ReportInput(ModelIndex.of(model.resourceSet()), model.folder(), model.problems(), model::locate);
    }

    @Test
    void theReportsAreContributedThroughTheExtensionPointWithTheirParametersAndOptions() {
        List<ReportDescriptor> builtin = ReportRegistry.getDefault().reports().stream()
                .filter(r -> r.contributor().id().equals("podium.reports.builtin")).toList();
        assertThat(builtin).extracting(ExampleWorkspaceTest::describe).containsExactly(
                "progress 目标进度/Progress against targets Progress [AS_OF, PERIOD, ORGANISATION, INDICATORS] []",
                "ranking 排名/Rankings Rankings [AS_OF, PERIOD, ORGANISATION, INDICATORS, PEER_GROUP] []",
                "zero-progress 零进度/Zero progress Progress [AS_OF, ORGANISATION, INDICATORS] []",
                "pipeline 项目推进/Project pipeline Projects [AS_OF, ORGANISATION] [stalledMonths=3:integer]",
                "measures 措施督办/Measures under supervision Supervision [AS_OF, ORGANISATION] [dueWithinDays=30:integer]",
                "speech-check 讲话数字核对/Speech figures check Checks [] [speech=null:text]");
        assertThat(ReportRegistry.getDefault().problems()).noneMatch(p -> p.contains("podium.reports.builtin"));
    }

    /** A report as contributed: id, names, category (in English), parameters (in the enum's order) and options. */
    private static String describe(ReportDescriptor r) {
        return r.id() + " " + r.name() + "/" + r.nameEn() + " " + r.category() + " "
                + Stream.of(Kind.values()).filter(r::accepts).toList() + " "
                + r.options().stream().map(o -> o.id() + "=" + o.defaultValue() + ":" + o.type()).toList();
    }

    @Test
    void everyBuiltInReportProducesDataWithoutAPluginFault() throws Exception {
        for (String id : IDS) {
            ReportOutcome outcome = Reports.outcome(id, input, ParameterChoices.defaults());
            assertThat(outcome).as(id).isInstanceOf(ReportOutcome.Produced.class);
            ReportData data = ((ReportOutcome.Produced) outcome).data();
            assertThat(data.reportId()).isEqualTo(id);
            assertThat(data.tables()).as(id).isNotEmpty();
            assertThat(data.tables().stream().mapToInt(t -> t.rows().size()).sum()).as(id).isPositive();
        }
    }

    @Test
    void theCityFdiIsTheSumOfItsFourteenUnits() throws Exception {
        Table progress = Reports.table(Reports.run("progress", input), "progress");
        assertThat(rows(progress, "indicator", "organisation", "actual", "completionGuarantee", "completionStrive", "elapsed",
                "gap", "yoy", "status")).contains(
                        // August: 201 + 252 + 85 + 100 + 201 + 158 + 146 + 137 + 65 + 154 + 150 + 0 + 145 + 96 = 1890;
                        // 1890 / 2800 = 67.50 %, / 3200 = 59.06 %; 8/12 = 66.67 %; gap +0.83;
                        // last year 164 + 168 + 94 + 99 + 129 + 128 + 99 + 85 + 70 + 104 + 98 + 81 + 108 + 62 = 1489:
                        // 401 / 1489 = +26.93 %
                        "实际利用外资 | 南阳市 | 1890万美元 | 67.50% | 59.06% | 66.67% | +0.83pp | 26.93% | ahead",
                        // 桐柏县: still 0 against 140
                        "实际利用外资 | 桐柏县 | 0万美元 | 0.00% | 0.00% | 66.67% | -66.67pp | -100.00% | zero-progress");
        // every unit with an FDI task reported; the departments have none
        assertThat(progress.notes()).contains("南阳市 实际利用外资: actual summed from its units");
        ReportData zero = Reports.run("zero-progress", input);
        assertThat(rows(Reports.table(zero, "zero"), "indicator", "organisation")).containsExactly("实际利用外资 | 桐柏县");
    }

    @Test
    void theMayorsTargetsMatchThePlan() throws Exception {
        Table figures = Reports.table(Reports.run("speech-check", input), "figures");
        assertThat(rows(figures, "quote", "result")).contains("实际利用外资确保2800万美元 | match", "力争3200万美元 | match",
                "外贸出口确保8000万美元以上 | match", "全社会固定资产投资确保420亿元 | match", "力争450亿元左右 | match",
                "力争突破1亿美元 | match", "宛城区确保320万美元 | match");
    }

    /**
     * The mayor's speech of 6 March 2004 reviews 2003 under "一、2003年工作回顾" (全年 there is 2003); the example
     * holds 2004 only, so none of those figures is compared with 2004's data.
     */
    @Test
    void theMayorsReviewOf2003IsNotComparedWith2004() throws Exception {
        Table figures = Reports.table(Reports.run("speech-check", input), "figures");
        String none = "2003 | no-counterpart | the model has no data for 2003";
        assertThat(rows(figures, "quote", "period", "result", "note")).contains(
                "实际利用外资2350万美元 | " + none, "18.5% | " + none, "在全省21个统计单位中排名第14位 | " + none,
                "外贸出口完成7120万美元 | " + none, "21.3% | " + none, "3.6个百分点 | " + none,
                // August 2004's rank is 8th too: not a match for 2003
                "在全省18个省辖市中居第8位 | " + none);
        // the targets of "二、2004年的目标任务" are 2004's
        assertThat(rows(figures, "quote", "period", "result")).contains("实际利用外资确保2800万美元 | 2004 | match");
    }

    /**
     * measures.podium declares the meeting's two speeches (市长讲话, 商务局长讲话) without text; only the mayor's text
     * is imported (speeches/2004-03-06-市长讲话.xmi, the same title). The declarations cite no figures: the one
     * whose text was imported is listed once, by its text; the other is named in a note, not listed as a row of
     * zeros that reads like a check that passed.
     */
    @Test
    void speechesWithoutFiguresAreNamedNotCounted() throws Exception {
        Table summary = Reports.table(Reports.run("speech-check", input), "summary");
        assertThat(rows(summary, "speech")).containsExactly("在全市利用外资工作会议上的讲话");
        assertThat(summary.notes()).containsExactly("Not listed, as they cite no figures (their texts not imported): "
                + "全市2003年利用外资工作总结和2004年工作安排.");
    }

    @Test
    void fourMeasuresAreOverdueAtTheEndOfAugust() throws Exception {
        Table overdue = Reports.table(Reports.run("measures", input), "overdue");
        // in the tree order of their lead units (市商务局, 市统计局, 市外侨办, 市工商局): M09 due 15 August (16 days),
        // M13 due 20 July (11 + 31 = 42), M07 due 30 June (1 + 31 + 30 = 62), M06 due 31 July (31)
        assertThat(rows(overdue, "measure", "days")).containsExactly("出口企业退税进度督办 | 16", "完成外资统计口径核对 | 42",
                "建立外商投诉受理中心 | 62", "清理涉外收费，优化投资环境 | 31");
    }
}
