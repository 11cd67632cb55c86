/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline: names, kinds, details and nesting of a plan's symbols. */
class SymbolsTest {
    @TempDir
    Path folder;

    private PodiumServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private List<DocumentSymbol> symbols(String name, String text) throws IOException {
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS);
        server.open(name, text);
        return PodiumServer.join(server.server.documentSymbol(new DocumentSymbolParams(server.id(name)))).stream()
                .map(Either::getRight).toList();
    }

    private static String describe(DocumentSymbol symbol) {
        return symbol.getKind() + " " + symbol.getName() + (symbol.getDetail() == null ? "" : " | " + symbol.getDetail());
    }

    @Test
    void declarationsKeepTheirNamesAndNest() throws IOException {
        List<DocumentSymbol> top = symbols("defs2.podium", "namespace 南阳\n" + Plans.DEFINITIONS.replace("南阳市", "南阳市区"));
        assertThat(top).extracting(SymbolsTest::describe).containsExactly(
                "Package 南阳计划 | 2004",
                "Property 实际利用外资 | 万美元",
                "Property 外贸依存度 | %",
                "Array 全省 | size 21",
                "Module 南阳市区 | 南阳市区",
                "Namespace 工作会议");
        assertThat(top.get(4).getChildren()).extracting(SymbolsTest::describe)
                .containsExactly("Module 宛城区 | 宛城区", "Module 卧龙区 | 卧龙区");
    }

    @Test
    void statementsAreNamedByWhatTheyAreAbout() throws IOException {
        String text = Plans.TARGETS + """
                actual 实际利用外资 宛城区 2004-08 累计 1000
                rank 实际利用外资 南阳市 2004-08 in 全省 = 16
                project "某外资项目" org 宛城区 stage 签约 contract 1200 万美元
                measure "完善项目库" owner 南阳市 due 2004-10-31
                target 实际利用外资 邓州市: 确保 10
                """;
        List<DocumentSymbol> all = new ArrayList<>();
        symbols("targets.podium", text).forEach(s -> flatten(s, all));
        assertThat(all).extracting(SymbolsTest::describe).containsExactly(
                "Number target 实际利用外资 南阳市 2004 | 确保 2800 力争 3200",
                "Struct split 实际利用外资 南阳市 2004",
                "Field 宛城区 | 确保 1600 力争 1800",
                "Field 卧龙区 | 确保 1200 力争 1400",
                "Constant actual 实际利用外资 宛城区 2004-08 | 累计 1000",
                "EnumMember rank 实际利用外资 南阳市 2004-08 | #16",
                "Object 某外资项目 | 签约",
                "Event 完善项目库 | open due 2004-10-31",
                "Number target 实际利用外资 邓州市 | 确保 10");
    }

    private static void flatten(DocumentSymbol symbol, List<DocumentSymbol> all) {
        all.add(symbol);
        if (symbol.getChildren() != null) {
            symbol.getChildren().forEach(child -> flatten(child, all));
        }
    }
}
