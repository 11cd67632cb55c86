/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.libraries.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;

/** FreeMarker 2.3.35 (bundle org.freemarker.freemarker) loads a template from another bundle and fills it in. */
class FreeMarkerTest {

    /** A row of the data model: FreeMarker reads its getters reflectively across bundles. */
    public static final class Row {
        private final String name;
        private final double rate;

        public Row(String name, double rate) {
            this.name = name;
            this.rate = rate;
        }

        public String getName() {
            return name;
        }

        public double getRate() {
            return rate;
        }
    }

    @Test
    void processesChineseTemplateFromThisBundle() throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setClassForTemplateLoading(FreeMarkerTest.class, "/podium/libraries/tests/templates");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);

        Template template = cfg.getTemplate("report.ftlh");
        StringWriter out = new StringWriter();
        template.process(Map.of(
                "title", "南阳市重点工作推进情况",
                "month", "三月",
                "rows", List.of(new Row("招商引资", 0.875), new Row("项目建设 & 投资", 1.2))), out);

        assertThat(out.toString())
                .contains("<h1>南阳市重点工作推进情况</h1>")
                .contains("<p>截至三月，共2项重点工作。</p>")
                .contains("<tr><td>招商引资</td><td>87.50%</td></tr>")
                // .ftlh escapes HTML
                .contains("<tr><td>项目建设 &amp; 投资</td><td>120.00%</td></tr>");
    }
}
