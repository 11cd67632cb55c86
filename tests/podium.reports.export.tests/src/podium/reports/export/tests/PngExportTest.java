/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import podium.reports.ExportException;
import podium.reports.api.ReportData;
import podium.reports.charts.ReportCharts;

/** PNG: every chart of the report, 960 pixels wide, stacked in the report's order. */
class PngExportTest {

    @Test
    void oneChartAtTheChartsSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Samples.export("png", Samples.allKinds(), "all-kinds.png")));
        // a progress chart of 3 units: ReportCharts' 960 × 540 (120 + 28 × 3 is less than 540)
        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(image.getHeight()).isEqualTo(540);
    }

    @Test
    void theProgressReportsChartsStacked() throws Exception {
        ReportData progress = Samples.example("progress");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Samples.export("png", progress, "progress.png")));
        // one PROGRESS chart per indicator with a completion: 实际利用外资 and 外贸出口 with 15 organisations
        // (120 + 28 × 15 = 540 each), 全社会固定资产投资 with 2 (540)
        assertThat(progress.charts()).hasSize(3);
        assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(3 * 540);
    }

    @Test
    void aReportWithoutChartIsRefused() throws Exception {
        ReportData bulletin = Samples.example("bulletin");
        assertThat(Samples.format("png").exporter().accepts(bulletin)).isFalse();
        assertThat(Samples.format("png").isText()).isFalse();
        assertThatThrownBy(() -> Samples.export("png", bulletin, "bulletin.png")).isInstanceOf(ExportException.class);
    }
}
