/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hover through the language server: an indicator's definition, and a target against the latest
 * actual (8/12 of the year elapsed; the figures below are worked out by hand).
 */
class HoverTest {
    @TempDir
    Path folder;

    private PodiumServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private String hover(String name, String text, String marker, int delta) {
        server.open(name, text);
        Hover hover = PodiumServer.join(server.server.hover(new HoverParams(server.id(name), PodiumServer.at(text, marker, delta))));
        return hover == null || hover.getContents() == null ? "" : hover.getContents().getRight().getValue();
    }

    @Test
    void indicatorReferenceShowsItsDefinitionAndDocumentation() throws IOException {
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS, "actuals.podium", Plans.ACTUALS);
        String text = hover("targets.podium", Plans.TARGETS, "实际利用外资", 1);
        assertThat(text).startsWith("indicator 实际利用外资 (Foreign direct investment)\n")
                .contains("unit 万美元", "cumulative flow (sum)", "higher is better", "ranked in 全省")
                .endsWith("外商在本地实际投入的资金");
    }

    @Test
    void indicatorFactsReadInChineseInAChineseWorkbench() throws IOException {
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS, "actuals.podium", Plans.ACTUALS);
        try (ChineseMessages chinese = new ChineseMessages()) {
            assertThat(hover("targets.podium", Plans.TARGETS, "实际利用外资", 1))
                    .contains("\n计量单位 万美元，逐月累计（sum），越高越好，参加全省排名\n");
        }
    }

    @Test
    void targetShowsCompletionAgainstTheRolledUpActualsOfItsUnits() throws IOException {
        // 宛城区 1000 + 卧龙区 1100 = 2100 by August: 2100/2800 = 75.00 %, 2100/3200 = 65.625 %,
        // schedule 8/12 = 66.67 %, so 8.33 points ahead.
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS, "actuals.podium", Plans.ACTUALS);
        String text = hover("targets.podium", Plans.TARGETS, "确保 2800", 4);
        assertThat(text).isEqualTo("""
                target 实际利用外资 · 南阳市 · 2004
                确保 2800 万美元 · 力争 3200 万美元
                actual to 2004-08: 2100 万美元 (rolled up from the units below)
                completion 75.00% of 确保, 65.63% of 力争; time schedule 66.67%
                status: ahead of schedule (超序时进度) by 8.33 percentage points""");
    }

    @Test
    void targetReadsInChineseInAChineseWorkbench() throws IOException {
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS, "actuals.podium", Plans.ACTUALS);
        try (ChineseMessages chinese = new ChineseMessages()) {
            assertThat(hover("targets.podium", Plans.TARGETS, "确保 2800", 4)).isEqualTo("""
                    目标 实际利用外资 · 南阳市 · 2004
                    确保 2800 万美元 · 力争 3200 万美元
                    截至 2004-08 实际完成 2100 万美元（由下级单位汇总）
                    完成确保目标的 75.00%、力争目标的 65.63%；序时进度 66.67%
                    状态：超序时进度 8.33 个百分点""");
        }
    }

    @Test
    void targetOfAUnitUsesItsOwnSeriesAndSaysWhenItIsBehind() throws IOException {
        // 1000 by August against 1600: 62.50 % < 66.67 %, 4.17 points behind.
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS, "actuals.podium", Plans.ACTUALS);
        String text = hover("unit.podium", "target 实际利用外资 宛城区: 确保 1600\n", "target", 2);
        assertThat(text).contains("target 实际利用外资 · 宛城区 · 2004", "actual to 2004-08: 1000 万美元\n",
                "completion 62.50% of 确保; time schedule 66.67%", "behind schedule (低于序时进度) by 4.17 percentage points");
    }

    @Test
    void targetWithoutActualsSaysSo() throws IOException {
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS);
        String text = hover("targets.podium", Plans.TARGETS, "target", 1);
        assertThat(text).endsWith("确保 2800 万美元 · 力争 3200 万美元\nno actual yet");
    }
}
