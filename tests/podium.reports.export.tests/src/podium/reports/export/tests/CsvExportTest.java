/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import podium.model.Unit;
import podium.reports.ExportException;
import podium.reports.api.Column;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.Table;
import podium.reports.api.Value;
import podium.reports.export.internal.Messages;
import podium.testing.MessageFiles;

/** CSV: a byte-order mark, RFC 4180 quoting and line ends, plain numbers, ranks in a column of their own, empty cells empty. */
class CsvExportTest {

    @Test
    void everyKindOfValueAsAPlainField() throws Exception {
        byte[] csv = Samples.export("csv", Samples.allKinds(), "all-kinds.csv");
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        // written by hand from Samples.allKinds(): numbers as displayed (41.6947 → 41.69, 39.2175 → 39.22), no unit,
        // no % sign, no grouping; each ranked column followed by its ranks; "-" and "—" both empty
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "各县区完成情况\r\n"
                + "单位,完成额（万美元）,完成额 rank,完成率（%）,完成率 rank,与序时进度差,位次,升降,状态,增幅（±%）\r\n"
                + "东县,8000.5,1,41.69,1,0.02,1,2,超序时进度,12.5\r\n"
                + "\"西县, \"\"新区\"\"\",7843.5,2,39.22,2,-2.47,2,-1,低于序时进度,\r\n"
                + "南县,,,,,,3,0,零进度,\r\n"
                + "合计,15844,,41.69,,0.02,,,超序时进度,10.2\r\n");
    }

    @Test
    void theRankColumnIsNamedAfterTheColumnWithoutItsUnitInChinese() throws Exception {
        assertThat(MessageFiles.chinese(Messages.class, "Column_rank", "完成率")).isEqualTo("完成率位次");
    }

    @Test
    void oneSectionPerTableWithABlankLineBetween() throws Exception {
        Table first = Table.builder("a", "表一").column("n", "名称", Column.Type.TEXT)
                .row(null, new Value.Text("甲\n乙")).build();
        Table second = Table.builder("b", "表二").column("x", "数值", Column.Type.AMOUNT)
                .row(null, new Value.Amount(new BigDecimal("1234567.891"), Unit.NONE)).build();
        ReportData data = new ReportData("two", "两张表", List.of(), List.of(first, second), List.of());
        assertThat(new String(Samples.export("csv", data, "two-tables.csv"), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "表一\r\n名称\r\n\"甲\n乙\"\r\n"
                + "\r\n"
                + "表二\r\n数值\r\n1234567.89\r\n");
    }

    @Test
    void aReportWithoutTableIsNotAccepted() throws Exception {
        ReportData text = new ReportData("t", "只有文字", List.of(), List.of(Paragraph.of("正文")), List.of());
        assertThat(Samples.format("csv").exporter().accepts(text)).isFalse();
        assertThatThrownBy(() -> Samples.export("csv", text, "text-only.csv")).isInstanceOf(ExportException.class);
    }
}
