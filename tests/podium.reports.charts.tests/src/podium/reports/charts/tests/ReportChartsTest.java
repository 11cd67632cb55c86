/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.charts.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.junit.jupiter.api.Test;

import podium.model.Unit;
import podium.reports.api.Chart;
import podium.reports.api.format.Formats;
import podium.reports.charts.ReportCharts;

/** Report charts drawn by JFreeChart: the shape each kind gets, and the PNG and SVG renderings. */
class ReportChartsTest {

    private static final Formats ZH = Formats.chinese();

    private static Chart progress() {
        return new Chart("c", "实际利用外资完成率", Chart.Kind.PROGRESS, List.of("东县", "西县", "东县"),
                List.of(new Chart.Series("完成率", Arrays.asList(new BigDecimal("41.69"), new BigDecimal("123.4"), null))),
                Unit.PERCENT, List.of(new Chart.Marker("序时进度", new BigDecimal("41.6667"))));
    }

    @Test
    void aProgressChartIsHorizontalFromZeroToAtLeastTheLargestValueWithTheScheduleMarked() {
        JFreeChart chart = ReportCharts.create(progress(), ZH);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(123.4);
        assertThat(plot.getCategories()).hasSize(3); // the repeated label stays a category of its own
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).singleElement()
                .satisfies(m -> assertThat(((org.jfree.chart.plot.Marker) m).getLabel()).isEqualTo("序时进度 41.67"));
        assertThat(chart.getTitle().getText()).isEqualTo("实际利用外资完成率");
        // labels at the end of each bar (3 o'clock for a horizontal bar), in the first series colour (not the theme's red)
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        assertThat(bars.getDefaultPositiveItemLabelPosition().getItemLabelAnchor()).isEqualTo(ItemLabelAnchor.OUTSIDE3);
        assertThat(bars.getSeriesPaint(0)).isEqualTo(new java.awt.Color(0x1f, 0x77, 0xb4));
        assertThat(bars.getItemLabelGenerator(0, 0).generateLabel(plot.getDataset(), 0, 0)).isEqualTo("41.69%");
    }

    @Test
    void verticalBarsAreLabelledAboveAndBelowForNegativeValues() {
        Chart growth = new Chart("g", "增速", Chart.Kind.BAR, List.of("东县", "西县"),
                List.of(new Chart.Series("同比", List.of(new BigDecimal("20"), new BigDecimal("-10")))), Unit.PERCENT, List.of());
        BarRenderer bars = (BarRenderer) ((CategoryPlot) ReportCharts.create(growth, ZH).getPlot()).getRenderer();
        assertThat(bars.getDefaultPositiveItemLabelPosition().getItemLabelAnchor()).isEqualTo(ItemLabelAnchor.OUTSIDE12);
        assertThat(bars.getDefaultNegativeItemLabelPosition().getItemLabelAnchor()).isEqualTo(ItemLabelAnchor.OUTSIDE6);
    }

    @Test
    void aRankLineHasTheFirstPlaceOnTop() {
        Chart ranks = new Chart("r", "排位", Chart.Kind.LINE, List.of("1月", "2月"),
                List.of(new Chart.Series("位次", List.of(BigDecimal.valueOf(12), BigDecimal.valueOf(9)))),
                Unit.RANK_POSITION, List.of());
        assertThat(((NumberAxis) ((CategoryPlot) ReportCharts.create(ranks, ZH).getPlot()).getRangeAxis()).isInverted())
                .isTrue();
    }

    @Test
    void pngHasTheAskedSizeAndSvgKeepsTheChineseAsText() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ReportCharts.png(progress(), ZH, 640, 400)));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
        String svg = ReportCharts.svg(progress(), ZH, 640, 400);
        assertThat(svg).startsWith("<svg").contains("实际利用外资完成率").contains("东县").contains("序时进度 41.67")
                .contains("41.69");
    }

    @Test
    void theSameChartGivesTheSameSvgAndTwoChartsShareNoId() {
        Chart other = new Chart("图 2", "增速", Chart.Kind.BAR, List.of("东县"),
                List.of(new Chart.Series("同比", List.of(new BigDecimal("20")))), Unit.PERCENT, List.of());
        String first = ReportCharts.svg(progress(), ZH, 640, 400);
        assertThat(ReportCharts.svg(progress(), ZH, 640, 400)).isEqualTo(first);
        Set<String> ids = ids(first);
        Set<String> otherIds = ids(ReportCharts.svg(other, ZH, 640, 400));
        assertThat(ids).isNotEmpty();
        assertThat(otherIds).isNotEmpty().doesNotContainAnyElementsOf(ids)
                .allMatch(id -> id.matches("[A-Za-z_][A-Za-z0-9_.-]*"), "an XML name");
    }

    private static Set<String> ids(String svg) {
        Matcher id = Pattern.compile("id='([^']*)'").matcher(svg);
        Set<String> ids = new HashSet<>();
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }
}
