/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import podium.lang.tools.WorkspaceModel;
import podium.model.query.ModelIndex;
import podium.reports.ParameterChoices;
import podium.reports.Parameters;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOutcome;
import podium.reports.ReportRegistry;
import podium.reports.ReportRunner;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.Table;

/** The bulletin as the workbench and the CLI run it: through the registry and the runner, on examples/. */
class ExamplesTest {

    @Test
    void theContributionIsRegistered() {
        ReportDescriptor report = ReportRegistry.getDefault().report("bulletin").orElseThrow();
        assertThat(report.name()).isEqualTo("月度通报");
        assertThat(report.nameEn()).isEqualTo("Monthly bulletin");
        assertThat(report.category()).isEqualTo("Bulletin");
        assertThat(report.parameters()).containsExactlyInAnyOrder(ReportParameters.Kind.AS_OF,
                ReportParameters.Kind.PERIOD, ReportParameters.Kind.ORGANISATION, ReportParameters.Kind.INDICATORS);
        assertThat(report.options()).extracting(o -> o.id() + "=" + o.defaultValue()).containsExactly("date=null", "laggards=3");
        assertThat(ReportRegistry.getDefault().problems()).noneMatch(p -> p.contains("podium.reports.bulletin"));
    }

    @Test
    void theExampleWorkspacesBulletin() throws Exception {
        WorkspaceModel workspace = WorkspaceModel.load(Path.of("../../examples"));
        ReportInput input = new ReportInput(ModelIndex.of(workspace.resourceSet()), workspace.folder(),
                workspace.problems(), workspace::locate);
        ReportDescriptor report = ReportRegistry.getDefault().report("bulletin").orElseThrow();
        ReportParameters parameters = Parameters.resolve(input.model(), report, ParameterChoices.defaults());
        ReportOutcome outcome = new ReportRunner().run(report, input, parameters);
        assertThat(outcome).isInstanceOf(ReportOutcome.Produced.class);
        ReportData data = ((ReportOutcome.Produced) outcome).data();
        // plan.podium: as of 2004-08-31, targets of 南阳市 for 实际利用外资, 外贸出口 and 全社会固定资产投资
        assertThat(data.title()).isEqualTo("关于2004年1-8月全市实际利用外资、外贸出口和全社会固定资产投资完成情况的通报");
        assertThat(Blocks.headings(data)).contains("1 一、总体情况", "1 二、各县市区完成情况", "1 三、下一步要求",
                "2 （一）实际利用外资", "2 （二）外贸出口", "2 （三）全社会固定资产投资");
        assertThat(Blocks.paragraphs(data, Paragraph.Style.SIGNATURE))
                .containsExactly("南阳市重点目标任务推进工作领导小组办公室", "2004年8月31日");
        // the 14 县市区 (the departments have no target), then the total
        Table table = data.tables().get(0);
        assertThat(table.rows()).hasSize(15);
        assertThat(data.omissions()).noneMatch(o -> o.contains("error"));
    }
}
