/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.bulletin.BulletinReport;

/** A workspace's own templates/bulletin.ftl replaces the built-in one; its errors name file, line and column. */
class TemplateTest {

    @TempDir
    Path workspace;

    private Path template(String text) throws Exception {
        return template(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path template(byte[] bytes) throws Exception {
        Path file = workspace.resolve("templates").resolve("bulletin.ftl");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private ReportData produce() throws Exception {
        return new BulletinReport().produce(Fixtures.city().input(workspace), Fixtures.may());
    }

    @Test
    void theWorkspacesTemplateReplacesTheBuiltInOneAndFormatsWithTheFunctions() throws Exception {
        Path file = template("""
                # 自定义：${bulletin.organisation}${bulletin.span}
                ## 一、完成情况
                <#list bulletin.indicators as ind>
                <#assign t = ind.total>
                ${ind.title}：${percent(t.completion)}，${gapToSchedule(t.gap)}，${yearOnYear(t.growth)}，
                ${amount(t.actual, ind.unit)}，${points(t.gap)}，${number(t.actual)}，${rank(ind.peerRank.rank)}，
                ${movement(ind.peerRank.movement)}，${names(ind.ahead)}，${ordinal(ind?counter + 10)}，${date(bulletin.date)}，
                ${ind.units?size}个单位

                </#list>
                @注 注：自定义模板
                """);
        ReportData data = produce();
        assertThat(data.title()).isEqualTo("自定义：某市1-5月");
        // 实际利用外资: 41.69 %, +0.02, +78.02 %, 15844万 = 1.58亿美元, ranked 16th after 14th, ahead 南县 东区 西区
        // (BulletinFiguresTest); 外贸出口: 42.00 %, +0.33, +5.00 %, 8400万美元, 8th as before, ahead 中县 东区 南县
        assertThat(Blocks.paragraphs(data, Paragraph.Style.BODY)).containsExactly(
                "实际利用外资：41.69%，超序时进度0.02个百分点，同比增长78.02%，1.58亿美元，0.02个百分点，15844，第16位，"
                        + "由第14位退至第16位，南县、东区、西区，十一，2004年5月31日，7个单位",
                "外贸出口：42.00%，超序时进度0.33个百分点，同比增长5.00%，8400万美元，0.33个百分点，8400，第8位，"
                        + "保持第8位，中县、东区、南县，十二，2004年5月31日，5个单位");
        assertThat(Blocks.paragraphs(data, Paragraph.Style.NOTE)).containsExactly("注：自定义模板");
        assertThat(data.parameters().get(3).value()).isEqualTo(file.toString());
        // this template places no appendix table: said, not silently dropped
        assertThat(data.tables()).isEmpty();
        assertThat(data.omissions()).contains("the template does not place the appendix table (@附表)");
    }

    @Test
    void aTemplateSavedInTheWindowsCodePageIsReadToo() throws Exception {
        template("# 关于${bulletin.span}的通报\n".getBytes(Charset.forName("GB18030")));
        assertThat(produce().title()).isEqualTo("关于1-5月的通报");
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() throws Exception {
        // line 3 "正文${bulletin.year +}": 正 1, 文 2, $ 3, { 4, "bulletin.year" 5-17, blank 18, + 19, } 20
        Path file = template("# 标题\n\n正文${bulletin.year +}\n");
        assertThatThrownBy(this::produce).isInstanceOf(ReportException.class)
                .hasMessageStartingWith(file + ":3:20: error in the bulletin template: Encountered \"}\", but was expecting")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aMisspeltVariableNamesFileLineAndColumn() throws Exception {
        // line 2, the expression after "前言${" starts in column 5
        Path file = template("# 标题\n前言${bulletin.organization}\n");
        assertThatThrownBy(this::produce).isInstanceOf(ReportException.class)
                .hasMessage(file + ":2:5: error in the bulletin template: The following has evaluated to null or missing: "
                        + "==> bulletin.organization");
    }

    @Test
    void aPercentageWrittenWithoutItsFunctionIsAnError() throws Exception {
        // line 2, column 1 (the interpolation that failed): the time schedule 41.666… printed as it is
        Path file = template("# 标题\n${bulletin.elapsed}\n");
        assertThatThrownBy(this::produce).isInstanceOf(ReportException.class)
                .hasMessageStartingWith(file + ":2:1: error in the bulletin template: ")
                .hasMessageContaining("a number with decimals is not written as it is: use percent()");
    }

    @Test
    void aFunctionGivenTheWrongValueSaysWhatItExpects() throws Exception {
        // line 2, column 1: the interpolation that failed
        Path file = template("# 标题\n${percent(bulletin.span)}\n");
        assertThatThrownBy(this::produce).isInstanceOf(ReportException.class)
                .hasMessageStartingWith(file + ":2:1: error in the bulletin template: ")
                .hasMessageContaining("percent() expects a number, got 1-5月");
    }

    @Test
    void anErrorInTheTextConventionNamesTheOutputLine() throws Exception {
        Path file = template("# 标题\n\n@附件 一\n");
        assertThatThrownBy(this::produce).isInstanceOf(ReportException.class)
                .hasMessageStartingWith(file + ", line 3 of its output: unknown directive @附件");
    }

    @Test
    void withoutATemplateOfItsOwnTheWorkspaceGetsTheBuiltInOne() throws Exception {
        Files.createDirectories(workspace.resolve("templates"));
        ReportData data = produce();
        assertThat(data.title()).isEqualTo("关于2004年1-5月全市实际利用外资和外贸出口完成情况的通报");
        assertThat(data.parameters().get(3).value()).isEqualTo("bulletin.ftl (built-in)");
    }
}
