/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.libraries.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.ChartEntity;
import org.junit.jupiter.api.Test;

/** JFreeChart 1.5.6 (wrapped as bundle org.jfree.chart) renders a bar chart headless inside OSGi. */
class JFreeChartTest {

    @Test
    void runsHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).as("java.awt.headless").isTrue();
    }

    @Test
    void rendersBarChartWithChineseLabelsToPng() throws Exception {
        JFreeChart chart = Charts.barChart();
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(640, 400, info);

        List<String> labels = new ArrayList<>();
        int bars = 0;
        Rectangle labelArea = null;
        for (Object o : info.getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e instanceof CategoryLabelEntity label) {
                labels.add(label.getKey().toString());
                labelArea = e.getArea().getBounds();
            } else if (e instanceof CategoryItemEntity) {
                bars++;
            }
        }
        assertThat(labels).containsExactly(Charts.MONTHS);
        assertThat(bars).isEqualTo(6);

        // the tick label font has glyphs for the Chinese labels (a CJK font is installed and reachable
        // through AWT's logical SansSerif font), and something was drawn where the last label is
        Font tickFont = chart.getCategoryPlot().getDomainAxis().getTickLabelFont();
        assertThat(tickFont.canDisplayUpTo("一月二月三月")).as(tickFont + " displays Chinese").isEqualTo(-1);
        assertThat(chart.getTitle().getFont().canDisplayUpTo(Charts.TITLE)).isEqualTo(-1);
        assertThat(darkPixels(image, labelArea)).isGreaterThan(10);

        byte[] png = ChartUtils.encodeAsPNG(image);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getWidth()).isEqualTo(640);
        assertThat(back.getHeight()).isEqualTo(400);
    }

    private static int darkPixels(BufferedImage image, Rectangle area) {
        int n = 0;
        for (int x = area.x; x < area.x + area.width && x < image.getWidth(); x++) {
            for (int y = area.y; y < area.y + area.height && y < image.getHeight(); y++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
