/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import podium.reports.api.ReportData;

/** HTML: one self-contained page, read back with jsoup. */
class HtmlExportTest {

    private static Document page(ReportData data, String name) throws Exception {
        return Jsoup.parse(new String(Samples.export("html", data, name), StandardCharsets.UTF_8));
    }

    @Test
    void structureOfTheHandMadeReport() throws Exception {
        Document page = page(Samples.allKinds(), "all-kinds.html");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.title()).isEqualTo("2004年1-5月实际利用外资完成情况");
        assertThat(page.select("h1").text()).isEqualTo("2004年1-5月实际利用外资完成情况");
        assertThat(page.select("ul.parameters li").eachText()).containsExactly("截至月份: 2004年5月", "单位: 南阳市");
        assertThat(page.select("h2").eachText()).containsExactly("一、总体情况", "Left out of this report");
        assertThat(page.select("p.body").text()).startsWith("1-5月，全市实际利用外资15844万美元");
        assertThat(page.select("p.signature").eachText()).containsExactly("某市领导小组办公室", "2004年6月5日");
        assertThat(page.select("style").html()).contains("p.signature{text-align:right");

        Element table = page.selectFirst("div.table#units table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("各县区完成情况");
        assertThat(table.select("thead th").eachText()).containsExactly("单位", "完成额（万美元）", "完成率（%）", "与序时进度差",
                "位次", "升降", "状态", "增幅（±%）");
        assertThat(table.select("thead th.num")).hasSize(6);
        Elements first = table.select("tbody tr").get(0).select("td");
        assertThat(first.eachText()).containsExactly("东县", "8000.5（1）", "41.69%（1）", "+0.02", "第1位/共3", "↑2",
                "超序时进度", "12.50%");
        assertThat(first.get(1).hasClass("num")).isTrue();
        assertThat(first.get(0).hasClass("num")).isFalse();
        assertThat(first.get(6).className()).isEqualTo("good");
        Elements south = table.select("tbody tr").get(2).select("td");
        assertThat(south.get(1).text()).isEqualTo("-");
        assertThat(south.get(1).attr("title")).isEqualTo("无此项目标任务");
        assertThat(south.get(7).text()).isEqualTo("—");
        assertThat(south.get(6).className()).isEqualTo("bad");
        assertThat(table.select("tbody tr").get(1).select("td").get(6).className()).isEqualTo("warning");
        assertThat(table.select("tbody tr.total").select("td").first().text()).isEqualTo("合计");
        assertThat(page.select("div.table#units p.note").eachText()).containsExactly("括号内数字为位次。",
                "“-”表示该单位无此项目标任务，“—”表示上年同期为零。");
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        Document page = page(Samples.allKinds(), "all-kinds.html");
        assertThat(page.select("p.note").first().text()).isEqualTo("注：<b>A & B</b> 不是标记。");
        assertThat(page.select("p.note b")).isEmpty();
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("section.omissions li").eachText()).containsExactly("南县：5月无数据 <script>");
        assertThat(page.select("td").eachText()).contains("西县, \"新区\"");
    }

    @Test
    void chartsAreInlineSvgAndNothingComesFromElsewhere() throws Exception {
        Document page = page(Samples.allKinds(), "all-kinds.html");
        Element svg = page.selectFirst("figure#completion > svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 960 540");
        assertThat(svg.text()).contains("实际利用外资完成率").contains("东县");
        assertThat(page.select("link, script, img, iframe, object, embed")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().equals("src") || attribute.getKey().endsWith("href")) {
                    assertThat(attribute.getValue()).as(element.tagName()).matches("#.*|data:.*");
                }
            }
        }
        assertThat(page.select("style").html()).doesNotContain("url(http").doesNotContain("@import");
    }

    @Test
    void theRealBulletinAndProgressReport() throws Exception {
        Document bulletin = page(Samples.example("bulletin"), "bulletin.html");
        assertThat(bulletin.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(bulletin.select("h1").text())
                .isEqualTo("关于2004年1-8月全市实际利用外资、外贸出口和全社会固定资产投资完成情况的通报");
        assertThat(bulletin.select("h2").eachText()).contains("一、总体情况", "三、下一步要求");
        assertThat(bulletin.select("p.address").text()).isEqualTo("各县市区，市直有关单位：");
        assertThat(bulletin.select("p.signature").eachText()).containsExactly("南阳市重点目标任务推进工作领导小组办公室",
                "2004年8月31日");
        assertThat(bulletin.select("table tbody tr")).hasSize(15);
        assertThat(bulletin.select("svg")).isEmpty();

        Document progress = page(Samples.example("progress"), "progress.html");
        assertThat(progress.select("figure > svg")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(progress.select("td.good, td.warning, td.bad")).isNotEmpty();
    }
}
