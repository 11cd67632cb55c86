/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.libraries.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** jsoup 1.24.1 (bundle org.jsoup) reads exported HTML back in tests. */
class JsoupTest {

    @Test
    void parsesChineseHtml() {
        Document doc = Jsoup.parse("""
                <html><head><meta charset="utf-8"><title>工作报告</title></head>
                <body><table id="targets"><tr><th>指标</th><th>完成率</th></tr>
                <tr><td>招商引资</td><td class="rate">87.50%</td></tr></table></body></html>
                """);
        assertThat(doc.title()).isEqualTo("工作报告");
        assertThat(doc.select("#targets th").eachText()).containsExactly("指标", "完成率");
        assertThat(doc.select("td.rate").text()).isEqualTo("87.50%");
    }
}
