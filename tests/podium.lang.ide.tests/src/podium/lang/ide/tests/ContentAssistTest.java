/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content assist through the language server: keywords, names, units, qualifiers and templates. */
class ContentAssistTest {
    @TempDir
    Path folder;

    private PodiumServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private List<CompletionItem> complete(String text) throws IOException {
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS);
        server.open("edit.podium", text);
        String[] lines = text.split("\n", -1);
        var position = new org.eclipse.lsp4j.Position(lines.length - 1, lines[lines.length - 1].length());
        var result = PodiumServer.join(server.server.completion(new CompletionParams(server.id("edit.podium"), position)));
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        return items.stream().sorted(Comparator.comparing(i -> i.getSortText() == null ? "" : i.getSortText())).toList();
    }

    private static CompletionItem item(List<CompletionItem> items, String label) {
        return items.stream().filter(i -> i.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + items.stream().map(CompletionItem::getLabel).toList()));
    }

    @Test
    void afterALevelTheIndicatorsUnitComesFirstAndQualifiersAreExplained() throws IOException {
        List<CompletionItem> items = complete("target 实际利用外资 南阳市 2004: 确保 2800 ");
        List<String> units = items.stream().filter(i -> i.getDetail() != null && i.getDetail().startsWith("unit"))
                .map(CompletionItem::getLabel).toList();
        assertThat(units).contains("万美元", "亿美元", "%", "个百分点");
        assertThat(units.get(0)).isEqualTo("万美元");
        assertThat(item(items, "万美元").getDetail()).isEqualTo("unit of the indicator");
        assertThat(item(items, "以上").getDetail()).contains("at least");
        assertThat(item(items, "力争").getDetail()).contains("strive");
    }

    @Test
    void referencesProposeTheDeclaredNamesOfTheRightKind() throws IOException {
        List<String> labels = complete("rank 实际利用外资 南阳市 2004-08 in ").stream().map(CompletionItem::getLabel).toList();
        assertThat(labels).contains("全省").doesNotContain("南阳市", "实际利用外资");
    }

    @Test
    void templatesForStatementsAreSnippetsWithThePlansValues() throws IOException {
        List<CompletionItem> items = complete("");
        assertThat(items).extracting(CompletionItem::getLabel).contains("target", "split", "project", "measure",
                "target \u2026 (template)", "split \u2026 (template)", "project \u2026 (template)", "measure \u2026 (template)");
        CompletionItem target = item(items, "target \u2026 (template)");
        assertThat(target.getInsertTextFormat()).isEqualTo(InsertTextFormat.Snippet);
        assertThat(target.getTextEdit().getLeft().getNewText())
                .isEqualTo("target ${1:指标} ${2:南阳市} ${3:2004}: 确保 ${4:0} 力争 ${5:0} source ${6:省定}");
        assertThat(item(items, "measure \u2026 (template)").getTextEdit().getLeft().getNewText()).contains("due ${3:2004-12-31}");
    }

    @Test
    void importIsProposedAboveTheFirstStatementOnly() throws IOException {
        assertThat(complete("imp")).extracting(CompletionItem::getLabel).contains("import");
        server.close();
        assertThat(complete("org 某县 county\nimp")).extracting(CompletionItem::getLabel).doesNotContain("import");
    }

    @Test
    void templatesFollowTheTypedPrefix() throws IOException {
        List<String> labels = complete("spl").stream().map(CompletionItem::getLabel).toList();
        assertThat(labels).contains("split", "split \u2026 (template)").doesNotContain("target \u2026 (template)");
    }
}
