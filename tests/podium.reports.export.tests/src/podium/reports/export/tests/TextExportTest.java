/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import podium.model.Unit;
import podium.reports.api.Column;
import podium.reports.api.Heading;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Value;

/** Plain text laid out like an official document on a line of 28 Chinese characters (56 columns). */
class TextExportTest {

    /** A small document: addressees, body, a heading, signature and date, then an appendix table. */
    private static ReportData memo() {
        Table table = Table.builder("appendix", "附表：完成情况")
                .column("unit", "单位", Column.Type.TEXT)
                .column("actual", "完成额", Column.Type.AMOUNT)
                .column("completion", "完成率", Column.Type.PERCENT)
                .row(null, Samples.text("东县"), Samples.ranked(amount("8000"), 1, 2),
                        Samples.ranked(Samples.percent("41.6947"), 1, 2))
                .row(null, Samples.text("西县"), Samples.ranked(amount("95.5"), 2, 2), Samples.noBase())
                .row(Row.Kind.TOTAL, null, Samples.text("合计"), amount("8095.5"), Samples.percent("40.1"))
                .note("括号内数字为位次。")
                .build();
        return new ReportData("memo", "关于加快进度的通报", List.of(new ReportData.Parameter("截至月份", "2004年5月")),
                List.of(new Paragraph("各县区：", Paragraph.Style.ADDRESS),
                        Paragraph.of("现将1-5月完成情况通报如下。"),
                        new Heading(1, "一、总体情况"),
                        Paragraph.of("全市完成41.69%。"),
                        new Paragraph("某市办公室", Paragraph.Style.SIGNATURE),
                        new Paragraph("2004年6月5日", Paragraph.Style.SIGNATURE),
                        table),
                List.of("西县：无上年数据"));
    }

    private static Value amount(String value) {
        return new Value.Amount(new BigDecimal(value), Unit.NONE);
    }

    @Test
    void aDocumentReadsAsItIsIssued() throws Exception {
        String text = new String(Samples.export("txt", memo(), "memo.txt"), StandardCharsets.UTF_8);
        String indent = "\u3000\u3000";
        // written by hand: the title (18 columns) centred on 56: (56 − 18) / 2 = 19 spaces; signature lines end at
        // column 48 (右空四字): 某市办公室 (10) after 38 spaces, 2004年6月5日 (12) after 36; table columns 4, 9 and
        // 11 wide (8000（1） and 95.5（2） are 9, 41.69%（1） 11), two spaces apart, numbers right-aligned; a
        // document shows neither its parameters nor what it left out
        assertThat(text).isEqualTo(" ".repeat(19) + "关于加快进度的通报\n"
                + "\n"
                + "各县区：\n"
                + indent + "现将1-5月完成情况通报如下。\n"
                + indent + "一、总体情况\n"
                + indent + "全市完成41.69%。\n"
                + "\n"
                + " ".repeat(38) + "某市办公室\n"
                + " ".repeat(36) + "2004年6月5日\n"
                + "\n"
                + "附表：完成情况\n"
                + "单位     完成额       完成率\n"
                + "----  ---------  -----------\n"
                + "东县  8000（1）  41.69%（1）\n"
                + "西县  95.5（2）            —\n"
                + "合计     8095.5       40.10%\n"
                + "括号内数字为位次。\n");
    }

    @Test
    void aReportWithoutRunningTextShowsItsParametersAndOmissions() throws Exception {
        ReportData memo = memo();
        ReportData tables = new ReportData("tables", "完成情况", memo.parameters(), List.of(memo.tables().get(0)),
                memo.omissions());
        String text = new String(Samples.export("txt", tables, "tables.txt"), StandardCharsets.UTF_8);
        // the English runtime of the tests: "label: value", "Left out of this report", "- item"
        assertThat(text).startsWith(" ".repeat(24) + "完成情况\n\n截至月份: 2004年5月\n\n附表：完成情况\n")
                .endsWith("括号内数字为位次。\n\nLeft out of this report\n- 西县：无上年数据\n")
                .doesNotContain("\r");
    }

    @Test
    void chartsAreLeftOutAndAReportWithOnlyAChartIsNotAccepted() throws Exception {
        ReportData chartOnly = new ReportData("c", "图", List.of(), List.of(Samples.allKinds().charts().get(0)), List.of());
        assertThat(Samples.format("txt").exporter().accepts(chartOnly)).isFalse();
        assertThat(Samples.format("txt").isText()).isTrue();
        String text = new String(Samples.export("txt", Samples.allKinds(), "all-kinds.txt"), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("实际利用外资完成率").contains("西县, \"新区\"").endsWith("\n");
    }
}
