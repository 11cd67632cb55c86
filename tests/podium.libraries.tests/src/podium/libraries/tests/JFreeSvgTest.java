/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.libraries.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;

import org.jfree.svg.SVGGraphics2D;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** JFreeSVG 5.0.7 (wrapped as bundle org.jfree.svg) turns a JFreeChart chart into SVG for HTML export. */
class JFreeSvgTest {

    @Test
    void drawsChartAsSvgWithChineseTextAsText() {
        SVGGraphics2D g2 = new SVGGraphics2D(640, 400);
        Charts.barChart().draw(g2, new Rectangle(0, 0, 640, 400));
        String svg = g2.getSVGElement();

        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(Double.parseDouble(doc.selectFirst("svg").attr("width"))).isEqualTo(640.0);
        // text stays text: the browser renders the Chinese with its own fonts
        assertThat(doc.select("text").eachText()).contains(Charts.TITLE, "一月", "二月", "三月", "计划", "完成");
        assertThat(doc.select("rect").size()).isGreaterThanOrEqualTo(6);
    }
}
