/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.sample.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import podium.model.Unit;
import podium.reports.ExporterRegistry;
import podium.reports.Exports;
import podium.reports.api.Chart;
import podium.reports.api.Column;
import podium.reports.api.ExportContext;
import podium.reports.api.Heading;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.Table;
import podium.reports.api.Value;

/** The Markdown format, found in the registry and written through the platform. */
class MarkdownExporterTest {

    @Test
    void writesTitleParametersTextTablesChartsAndOmissions() throws Exception {
        Table table = Table.builder("t", "附表").column("org", "单位", Column.Type.TEXT)
                .column("rate", "完成率", Column.Type.PERCENT).column("gap", "差距", Column.Type.POINTS)
                .row(null, new Value.Text("东县|城区"), new Value.Percent(new BigDecimal("41.6947")),
                        new Value.Points(new BigDecimal("0.02")))
                .row(null, new Value.Text("西县"), new Value.Empty("无目标"), new Value.Points(new BigDecimal("-3")))
                .note("括号内数字为位次").build();
        Chart chart = new Chart("c", "完成率", Chart.Kind.BAR, List.of("东县", "西县"),
                List.of(new Chart.Series("完成率", java.util.Arrays.asList(new BigDecimal("41.6947"), null))),
                Unit.PERCENT, List.of(new Chart.Marker("序时进度", new BigDecimal("41.6667"))));
        ReportData data = new ReportData("x", "1-5月通报", List.of(new ReportData.Parameter("截至月份", "2004-05")),
                List.of(new Heading(1, "一、总体情况"), Paragraph.of("全市完成*较好*。"), table, chart),
                List.of("北县没有数据"));
        byte[] bytes = Exports.toBytes(ExporterRegistry.getDefault().exporter("md").orElseThrow(), data,
                ExportContext.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("""
                # 1-5月通报

                - 截至月份: 2004-05

                ## 一、总体情况

                全市完成\\*较好\\*。

                ## 附表

                | 单位 | 完成率 | 差距 |
                | --- | ---: | ---: |
                | 东县\\|城区 | 41.69% | +0.02 |
                | 西县 | - | -3.00 |

                括号内数字为位次

                ## 完成率

                |  | 完成率 |
                | --- | ---: |
                | 东县 | 41.69 |
                | 西县 | - |

                序时进度: 41.67

                > 北县没有数据
                """);
    }
}
