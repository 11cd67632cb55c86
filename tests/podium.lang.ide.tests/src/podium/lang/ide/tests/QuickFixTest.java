/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each quick fix, asked for through the server's code actions, and the text it leaves behind. */
class QuickFixTest {
    @TempDir
    Path folder;

    private PodiumServer server;
    private int opened;

    @BeforeEach
    void start() throws IOException {
        server = new PodiumServer(folder, "defs.podium", Plans.DEFINITIONS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String current() {
        return "edit" + opened + ".podium";
    }

    /** Opens the text in a new document, takes the diagnostic with the code and returns the code actions for it. */
    private List<CodeAction> actions(String text, String code) {
        opened++;
        List<Diagnostic> diagnostics = server.open(current(), text);
        Diagnostic diagnostic = diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + diagnostics));
        CodeActionParams params = new CodeActionParams(server.id(current()), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic)));
        return PodiumServer.join(server.server.codeAction(params)).stream().map(Either::getRight).toList();
    }

    private String fixed(String text, String code, String title) {
        CodeAction action = actions(text, code).stream().filter(a -> a.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no fix '" + title + "'"));
        List<TextEdit> edits = action.getEdit().getChanges().entrySet().stream()
                .filter(e -> e.getKey().endsWith("/" + current())).findFirst().orElseThrow().getValue();
        List<TextEdit> backwards = edits.stream().sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed()).toList();
        Document document = new Document(1, text);
        for (TextEdit edit : backwards) {
            document = document.applyChanges(List.of(edit));
        }
        return document.getContents();
    }

    @Test
    void unknownOrganisationIsDeclared() {
        String text = "target 实际利用外资 邓州市 2004: 确保 100\n";
        assertThat(actions(text, "PDM-L001")).extracting(CodeAction::getTitle).containsExactly("Declare org 邓州市");
        assertThat(fixed(text, "PDM-L001", "Declare org 邓州市")).isEqualTo(text + "org 邓州市\n");
    }

    @Test
    void aMistypedNameCanBeChangedToTheNameTheMessageSuggests() throws IOException {
        String text = "actual 实际利用外资 宛成区 2004-08 累计 5\n";
        assertThat(actions(text, "PDM-L001")).extracting(CodeAction::getTitle)
                .containsExactly("Change to 宛城区", "Declare org 宛成区");
        assertThat(fixed(text, "PDM-L001", "Change to 宛城区")).isEqualTo("actual 实际利用外资 宛城区 2004-08 累计 5\n");
        try (ChineseMessages chinese = new ChineseMessages()) {
            assertThat(actions(text, "PDM-L001")).extracting(CodeAction::getTitle).containsExactly("改为 宛城区", "声明 org 宛成区");
        }
    }

    @Test
    void fixTitlesReadInChineseInAChineseWorkbench() throws IOException {
        try (ChineseMessages chinese = new ChineseMessages()) {
            assertThat(actions("target 实际利用外资 邓州市 2004: 确保 100\n", "PDM-L001")).extracting(CodeAction::getTitle)
                    .containsExactly("声明 org 邓州市");
            assertThat(actions("target 实际利用外资 南阳市 2004: 确保 2800 万元\n", "PDM-U001")).extracting(CodeAction::getTitle)
                    .containsExactlyInAnyOrder("改用指标的计量单位", "删除计量单位（沿用指标的计量单位）");
        }
    }

    @Test
    void unknownIndicatorIsDeclaredInTheUnitOfTheStatement() {
        String text = "target 出口总额 南阳市 2004: 确保 100 万美元";
        assertThat(fixed(text, "PDM-L001", "Declare indicator 出口总额 \"出口总额\" unit 万美元"))
                .isEqualTo(text + "\nindicator 出口总额 \"出口总额\" unit 万美元\n");
    }

    @Test
    void unknownGroupIsDeclaredWithTheSizeTheRankGives() {
        String text = "rank 实际利用外资 南阳市 2004-08 in 全市 = 5 of 14\n";
        assertThat(fixed(text, "PDM-L001", "Declare group 全市 size 14")).endsWith("= 5 of 14\ngroup 全市 size 14\n");
    }

    @Test
    void importBelowStatementsMovesAboveTheFirstBelowTheHeaderComment() {
        String text = "// 2004年目标\ntarget 实际利用外资 南阳市 2004: 确保 100\n  import 南阳.*  \nactual 实际利用外资 宛城区 2004-08 累计 5\n";
        assertThat(fixed(text, "PDM-L002", "Move the import to the top")).isEqualTo("// 2004年目标\nimport 南阳.*\n"
                + "target 实际利用外资 南阳市 2004: 确保 100\nactual 实际利用外资 宛城区 2004-08 累计 5\n");
    }

    @Test
    void incompatibleUnitBecomesTheIndicatorsOrGoes() {
        String text = "target 实际利用外资 南阳市 2004: 确保 2800 万元 力争 3200\n";
        assertThat(fixed(text, "PDM-U001", "Use the indicator's unit"))
                .isEqualTo("target 实际利用外资 南阳市 2004: 确保 2800 万美元 力争 3200\n");
        assertThat(fixed(text, "PDM-U001", "Remove the unit (the indicator's applies)"))
                .isEqualTo("target 实际利用外资 南阳市 2004: 确保 2800 力争 3200\n");
    }

    @Test
    void percentInsteadOfPointsBecomesTheIndicatorsUnit() {
        String text = "target 外贸依存度 南阳市 2004: 确保 30 个百分点\n";
        assertThat(fixed(text, "PDM-U002", "Use the indicator's unit")).isEqualTo("target 外贸依存度 南阳市 2004: 确保 30 %\n");
    }

    @Test
    void guaranteeAndStriveAreSwappedWithUnitsAndQualifiers() {
        String text = "target 实际利用外资 南阳市 2004: 确保 0.33 亿美元 以上 力争 3000 source 省定\n";
        assertThat(fixed(text, "PDM-T001", "Swap 确保 and 力争"))
                .isEqualTo("target 实际利用外资 南阳市 2004: 确保 3000 力争 0.33 亿美元 以上 source 省定\n");
    }

    @Test
    void guaranteeAndStriveOfAShareAreSwapped() {
        String text = "target 实际利用外资 南阳市 2004: 确保 100\nsplit 实际利用外资 南阳市 2004 {\n\t宛城区 确保 100 力争 90\n}\n";
        assertThat(fixed(text, "PDM-T001", "Swap 确保 and 力争")).contains("\t宛城区 确保 90 力争 100\n");
    }

    @Test
    void splitIsRebalancedOnItsLargestShare() {
        // 确保 1700 + 0.12 亿美元 (= 1200 万美元) = 2900, 100 more than 2800: the largest share gives it back.
        String text = "target 实际利用外资 南阳市 2004: 确保 2800\n"
                + "split 实际利用外资 南阳市 2004 {\n\t宛城区 确保 1700\n\t卧龙区 确保 0.12 亿美元\n}\n";
        assertThat(fixed(text, "PDM-D001", "Rebalance the 确保 shares")).contains("\t宛城区 确保 1600\n\t卧龙区 确保 0.12 亿美元\n");
        String converted = text.replace("1700", "1000").replace("0.12", "0.19");
        assertThat(fixed(converted, "PDM-D001", "Rebalance the 确保 shares")).contains("\t卧龙区 确保 0.18 亿美元\n");
    }

    @Test
    void summedRatioIsAveragedAndRankTakesTheGroupSize() {
        assertThat(fixed("indicator 开放度 \"开放度\" unit % ratio sum\n", "PDM-I001", "Aggregate by average"))
                .isEqualTo("indicator 开放度 \"开放度\" unit % ratio average\n");
        assertThat(fixed("rank 实际利用外资 南阳市 2004-08 in 全省 = 16 of 18\n", "PDM-R003", "Use the group's size"))
                .isEqualTo("rank 实际利用外资 南阳市 2004-08 in 全省 = 16 of 21\n");
    }
}
