/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rename across files and formatting, both through the language server. */
class RenameAndFormatTest {
    @TempDir
    Path folder;

    private PodiumServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void renamingAnOrganisationChangesItsDeclarationAndEveryReferenceInOtherFiles() throws IOException {
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS, "actuals.podium", Plans.ACTUALS);
        server.open("targets.podium", Plans.TARGETS);
        WorkspaceEdit edit = PodiumServer.join(server.server.rename(new RenameParams(server.id("targets.podium"),
                PodiumServer.at(Plans.TARGETS, "宛城区", 1), "宛城新区")));
        Map<String, String> after = edit.getChanges().entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1),
                e -> apply(original(e.getKey()), e.getValue())));
        assertThat(after).containsOnlyKeys("defs.podium", "targets.podium", "actuals.podium");
        assertThat(after.get("defs.podium")).contains("\torg 宛城新区 \"宛城区\" district\n");
        assertThat(after.get("targets.podium")).contains("\t宛城新区 确保 1600 力争 1800\n");
        assertThat(after.get("actuals.podium")).contains("actual 实际利用外资 宛城新区 2004-07 累计 900\n",
                "actual 实际利用外资 宛城新区 2004-08 累计 1000\n").doesNotContain(" 宛城区 ");
    }

    @Test
    void formattingWritesTheCanonicalLayout() throws IOException {
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS);
        String text = "target   实际利用外资 南阳市 2004 :确保 2800  力争 3200\nsplit 实际利用外资 南阳市 2004 { 宛城区 确保 1600 卧龙区 确保 1200 }\n";
        server.open("edit.podium", text);
        List<? extends TextEdit> edits = PodiumServer.join(server.server.formatting(
                new DocumentFormattingParams(server.id("edit.podium"), new FormattingOptions(4, false))));
        assertThat(apply(text, edits)).isEqualTo("target 实际利用外资 南阳市 2004: 确保 2800 力争 3200\n"
                + "split 实际利用外资 南阳市 2004 {\n\t宛城区 确保 1600\n\t卧龙区 确保 1200\n}\n");
    }

    private String original(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return switch (name) {
            case "defs.podium" -> Plans.DEFINITIONS;
            case "actuals.podium" -> Plans.ACTUALS;
            default -> Plans.TARGETS;
        };
    }

    private static String apply(String text, List<? extends TextEdit> edits) {
        Document document = new Document(1, text);
        List<TextEdit> backwards = new java.util.ArrayList<>(edits);
        backwards.sort((a, b) -> document.getOffSet(b.getRange().getStart()) - document.getOffSet(a.getRange().getStart()));
        Document result = document;
        for (TextEdit edit : backwards) {
            result = result.applyChanges(List.of(edit));
        }
        return result.getContents();
    }
}
