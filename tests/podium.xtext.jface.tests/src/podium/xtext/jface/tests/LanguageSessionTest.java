/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.lang.tools.PlanLoader;
import podium.testing.PlanTexts;
import podium.xtext.jface.CompletionProposal;
import podium.xtext.jface.DiagnosticsLatency;
import podium.xtext.jface.ContentAssistProcessor;
import podium.xtext.jface.DocumentSync;
import podium.xtext.jface.FoldingUpdater;
import podium.xtext.jface.Formatter;
import podium.xtext.jface.HyperlinkDetector;
import podium.xtext.jface.Positions;
import podium.xtext.jface.Refactorings;
import podium.xtext.jface.SemanticHighlighter;
import podium.xtext.jface.TextHover;
import podium.xtext.jface.Uris;
import podium.xtext.jface.WorkspaceEdits;

/** The adapter against the real Podium language, in OSGi and without a display. */
class LanguageSessionTest {
    @TempDir
    Path folder;

    private Workspace workspace;
    private DocumentSync sync;

    @BeforeEach
    void start() throws IOException {
        workspace = new Workspace(folder);
    }

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.close();
        }
        workspace.session.close();
    }

    private IDocument open(String name, String text) {
        IDocument document = new Document(text);
        sync = DocumentSync.open(workspace.session, workspace.uri(name), document, 10);
        return document;
    }

    @Test
    void startValidatesEveryFileOfTheFolder() {
        List<Diagnostic> targets = workspace.await("targets.podium", d -> true);
        assertThat(Workspace.hasErrors(targets)).as(Workspace.describe(targets)).isFalse();
    }

    @Test
    void aListenerAddedAfterTheInitialBuildIsToldWhatWasPublished() {
        workspace.await("targets.podium", d -> workspace.session.isValidated(workspace.uri("targets.podium")));
        Map<String, List<Diagnostic>> told = new ConcurrentHashMap<>();
        workspace.session.addDiagnosticsListener(told::put);
        assertThat(told).containsKeys(Uris.normalize(workspace.uri("defs.podium")),
                Uris.normalize(workspace.uri("targets.podium")));
    }

    @Test
    void typingAnUnknownNameGivesAnErrorOnItsLineAndFixingItClearsIt() throws Exception {
        IDocument document = open("targets.podium", PlanTexts.TARGETS);
        workspace.await("targets.podium", d -> !Workspace.hasErrors(d));
        int at = document.get().indexOf("宛城区");
        document.replace(at, 3, "宛城县");
        List<Diagnostic> broken = workspace.await("targets.podium", Workspace::hasErrors);
        assertThat(broken).anySatisfy(d -> assertThat(d.getRange().getStart().getLine()).isEqualTo(1));
        document.replace(at, 3, "宛城区");
        workspace.await("targets.podium", d -> !Workspace.hasErrors(d));
    }

    @Test
    void editsOfAnOpenFileAreReparsedInPlaceAndProblemsStayOnTheirLines() throws Exception {
        StringBuilder text = new StringBuilder(PlanTexts.TARGETS);
        for (int month = 1; month <= 8; month++) {
            text.append("actual 实际利用外资 卧龙区 2004-0").append(month).append(" 累计 ").append(month * 50).append('\n');
        }
        IDocument document = open("targets.podium", text.toString());
        workspace.await("targets.podium", d -> !Workspace.hasErrors(d));
        XtextResource resource = workspace.session.readNow(sync.uri(), (doc, res) -> res);

        int unknown = document.get().indexOf("卧龙区 2004-05");
        document.replace(unknown, 3, "卧龙县");
        List<Diagnostic> broken = workspace.await("targets.podium", Workspace::hasErrors);
        assertThat(broken).as(Workspace.describe(broken)).singleElement()
                .satisfies(d -> assertThat(d.getRange().getStart().getLine()).isEqualTo(6));
        int basis = document.get().indexOf("累计", document.get().indexOf("2004-07"));
        document.replace(basis, 2, "");
        workspace.await("targets.podium", d -> d.stream().map(e -> e.getRange().getStart().getLine()).toList().containsAll(List.of(6, 8)));
        document.replace(basis, 0, "累计");
        document.replace(unknown, 3, "卧龙区");
        workspace.await("targets.podium", d -> !Workspace.hasErrors(d));

        XtextResource after = workspace.session.readNow(sync.uri(), (doc, res) -> res);
        assertThat(after).as("the same resource, updated").isSameAs(resource);
        String parsed = workspace.session.readNow(sync.uri(), (doc, res) -> res.getParseResult().getRootNode().getText());
        assertThat(parsed).isEqualTo(document.get());
    }

    @Test
    void diagnosticsOfABuildThatAnEditOvertookNeverReachTheEditor() throws Exception {
        IDocument document = open("targets.podium", PlanTexts.TARGETS);
        workspace.await("targets.podium", d -> !Workspace.hasErrors(d));
        // Builds still queued from opening the document (the server's writes run one at a time) publish the
        // clean text first, so that none can arrive while the edit below is being made: it would be counted
        // as told after the edit although it was right for the text of its time.
        workspace.session.server().getRequestManager().runWrite(() -> null, (cancel, nothing) -> nothing)
                .get(30, TimeUnit.SECONDS);
        List<List<Diagnostic>> told = new CopyOnWriteArrayList<>();
        workspace.session.addDiagnosticsListener((uri, diagnostics) -> {
            if (uri.equals(sync.uri())) {
                told.add(diagnostics);
            }
        });
        told.clear(); // what the listener was told at once
        // A build of the open document's current (clean) version that is still running when the user
        // types: it publishes only after the edit below has been sent. Not cancellable, as a build that
        // has passed its last check.
        WorkspaceManager manager = serverWorkspace();
        CountDownLatch editSent = new CountDownLatch(1);
        workspace.session.server().getRequestManager().runWrite(() -> {
            awaitQuietly(editSent);
            return manager.didChangeFiles(List.of(new UriExtensions().toUri(sync.uri())), List.of()).build(CancelIndicator.NullImpl);
        }, (cancel, built) -> built);

        // a late publish of the clean version may still arrive before the user types: it was right then
        int toldBeforeTheEdit = told.size();
        document.replace(document.get().indexOf("宛城区"), 3, "宛城县");
        sync.flush();
        editSent.countDown();

        // the listener is told after the session keeps the list: wait for what the listener hears, not for the session
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (told.stream().skip(toldBeforeTheEdit).noneMatch(Workspace::hasErrors) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        List<List<Diagnostic>> toldSoFar = List.copyOf(told);
        assertThat(toldSoFar.subList(toldBeforeTheEdit, toldSoFar.size())).as("every list the editor was told of after the edit is the edited text's")
                .isNotEmpty().allSatisfy(diagnostics -> assertThat(Workspace.hasErrors(diagnostics)).isTrue());
    }

    private WorkspaceManager serverWorkspace() throws ReflectiveOperationException {
        Field field = LanguageServerImpl.class.getDeclaredField("workspaceManager");
        field.setAccessible(true);
        return (WorkspaceManager) field.get(workspace.session.server());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void latencyIsMeasuredFromTheEditToTheNextDiagnostics() {
        IDocument document = open("targets.podium", PlanTexts.TARGETS);
        workspace.await("targets.podium", d -> !Workspace.hasErrors(d));
        Duration latency = DiagnosticsLatency.measure(sync, () -> document.set(PlanTexts.TARGETS.replace("宛城区", "宛城县")),
                Duration.ofSeconds(30));
        assertThat(latency).isPositive().isLessThan(Duration.ofSeconds(30));
        assertThat(Workspace.hasErrors(workspace.session.diagnostics(sync.uri()))).isTrue();
    }

    @Test
    void binaryGarbageGivesDiagnosticsNotExceptions() throws Exception {
        IDocument document = open("targets.podium", PlanTexts.TARGETS);
        document.set("\u0000\u0001\u00ff\ufffd\u0007PK\u0003\u0004 target {{{ \"");
        List<Diagnostic> diagnostics = workspace.await("targets.podium", Workspace::hasErrors);
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.getRange()).isNotNull());
        assertThat(document.get()).startsWith("\u0000\u0001");
    }

    @Test
    void completionProposesKeywordsAtLineStartAndNamesAfterAKeyword() {
        IDocument document = open("targets.podium", PlanTexts.TARGETS + "\ntarget ");
        ContentAssistProcessor processor = new ContentAssistProcessor(() -> sync);
        List<String> names = processor.proposals(sync, document, document.getLength()).stream()
                .map(CompletionProposal::replacement).toList();
        assertThat(names).contains("实际利用外资");
        document.set(PlanTexts.TARGETS + "\n");
        List<String> keywords = processor.proposals(sync, document, document.getLength()).stream()
                .map(CompletionProposal::replacement).toList();
        assertThat(keywords).contains("indicator", "target", "split");
    }

    @Test
    void appliedProposalReplacesTheTypedPrefix() {
        IDocument document = open("targets.podium", PlanTexts.TARGETS + "target 实际");
        ContentAssistProcessor processor = new ContentAssistProcessor(() -> sync);
        CompletionProposal indicator = processor.proposals(sync, document, document.getLength()).stream()
                .filter(p -> p.replacement().equals("实际利用外资")).findFirst().orElseThrow();
        indicator.apply(document);
        assertThat(document.get()).endsWith("target 实际利用外资");
    }

    @Test
    void definitionOfAReferenceIsInTheOtherFile() {
        IDocument document = open("targets.podium", PlanTexts.TARGETS);
        List<Location> targets = HyperlinkDetector.definitions(sync, document, document.get().indexOf("南阳市") + 1);
        assertThat(targets).singleElement().satisfies(location -> {
            assertThat(location.getUri()).isEqualTo(workspace.uri("defs.podium"));
            assertThat(location.getRange().getStart().getLine()).isEqualTo(4);
        });
    }

    @Test
    void hoverShowsTheIndicatorsDocumentation() {
        IDocument document = open("targets.podium", PlanTexts.TARGETS);
        String hover = TextHover.hoverText(sync, document, document.get().indexOf("实际利用外资") + 2);
        assertThat(hover).contains("外商在本地实际投入的资金");
    }

    @Test
    void referencesAndOccurrences() throws Exception {
        IDocument document = open("targets.podium", PlanTexts.TARGETS);
        List<Location> references = Refactorings.references(sync, document.get().indexOf("实际利用外资"));
        assertThat(references).hasSize(2).allSatisfy(l -> assertThat(l.getUri()).isEqualTo(workspace.uri("targets.podium")));
        var highlights = workspace.session.server().documentHighlight(new DocumentHighlightParams(sync.identifier(),
                Positions.toPosition(document, document.get().indexOf("实际利用外资")))).get();
        assertThat(highlights).hasSize(2);
    }

    @Test
    void renameChangesTheDeclarationAndEveryReferenceAcrossFiles() throws Exception {
        IDocument document = open("targets.podium", PlanTexts.TARGETS);
        Map<Path, String> written = new HashMap<>();
        List<String> rewritten = renameNanyangCity(document, written);
        assertThat(rewritten).containsExactly(workspace.uri("defs.podium"));
        assertThat(document.get()).startsWith("target 实际利用外资 南阳 2004:");
        assertThat(written.get(Path.of("defs.podium"))).contains("org 南阳 \"南阳市\" city {");
    }

    @Test
    void aHeadlessValidationElsewhereInTheApplicationLeavesTheEditorItsServices() throws Exception {
        // what the actuals import wizard does in the workbench before it writes into a plan
        assertThat(PlanLoader.load(folder.resolve("targets.podium")).problems()).isEmpty();
        IDocument document = open("targets.podium", PlanTexts.TARGETS + "\n");
        assertThat(renameNanyangCity(document, new HashMap<>())).containsExactly(workspace.uri("defs.podium"));
    }

    /** Renames 南阳市 to 南阳 from the open document; the texts of files not open go into {@code written}. */
    private List<String> renameNanyangCity(IDocument document, Map<Path, String> written) throws Exception {
        WorkspaceEdit edit = Refactorings.rename(sync, document.get().indexOf("南阳市") + 1, "南阳");
        return WorkspaceEdits.apply(edit, new WorkspaceEdits.Target() {
            @Override
            public IDocument openDocument(String uri) {
                return uri.equals(sync.uri()) ? document : null;
            }

            @Override
            public void writeClosedFile(Path path, String text) {
                written.put(path.getFileName(), text);
            }
        });
    }

    @Test
    void renameRangeIsTheNameAtTheDeclarationAndAtAReference() {
        IDocument document = open("defs.podium", PlanTexts.DEFINITIONS);
        int declaration = document.get().indexOf("南阳市");
        Range range = Refactorings.renameRange(sync, declaration + 1);
        assertThat(range).isNotNull();
        assertThat(Positions.toRegion(document, range).getOffset()).isEqualTo(declaration);
        assertThat(Positions.toRegion(document, range).getLength()).isEqualTo(3);
        assertThat(Refactorings.renameRange(sync, document.get().indexOf("plan"))).isNull();
    }

    @Test
    void referencesAreHighlightedByKindAndUnitsByTheirEnum() throws Exception {
        String text = PlanTexts.TARGETS.replace("确保 2800", "确保 2800 万美元");
        IDocument document = open("targets.podium", text);
        List<SemanticHighlighter.Highlight> highlights = SemanticHighlighter.compute(workspace.session, sync.uri()).get();
        assertThat(highlights).contains(
                new SemanticHighlighter.Highlight(text.indexOf("实际利用外资"), 6, "Indicator"),
                new SemanticHighlighter.Highlight(text.indexOf("南阳市"), 3, "Organisation"),
                new SemanticHighlighter.Highlight(text.indexOf("万美元"), 3, "Unit"));
        assertThat(highlights).noneMatch(h -> h.offset() == text.indexOf("2800"));
    }

    @Test
    void formattingIsIdempotentAndUndoable() {
        IDocument document = open("targets.podium", "target   实际利用外资    南阳市 2004:确保 2800  力争 3200\n");
        assertThat(Formatter.format(sync)).isTrue();
        String formatted = document.get();
        assertThat(formatted).contains("target 实际利用外资 南阳市 2004: 确保 2800 力争 3200");
        assertThat(Formatter.format(sync)).isFalse();
        assertThat(document.get()).isEqualTo(formatted);
    }

    private static void flatten(DocumentSymbol symbol, List<DocumentSymbol> all) {
        all.add(symbol);
        if (symbol.getChildren() != null) {
            symbol.getChildren().forEach(child -> flatten(child, all));
        }
    }

    @Test
    void symbolsAndFoldingFollowTheStructure() throws Exception {
        open("defs.podium", PlanTexts.DEFINITIONS);
        List<Either<SymbolInformation, DocumentSymbol>> symbols = workspace.session.server()
                .documentSymbol(new DocumentSymbolParams(sync.identifier())).get();
        List<DocumentSymbol> all = new ArrayList<>();
        symbols.stream().filter(Either::isRight).forEach(s -> flatten(s.getRight(), all));
        assertThat(all).extracting(DocumentSymbol::getName).contains("实际利用外资", "全省", "南阳市");
        DocumentSymbol city = all.stream().filter(s -> s.getName().equals("南阳市")).findFirst().orElseThrow();
        assertThat(city.getChildren()).extracting(DocumentSymbol::getName).contains("宛城区", "卧龙区");
        List<FoldingRange> folds = FoldingUpdater.compute(sync).get();
        assertThat(folds).anySatisfy(f -> {
            assertThat(f.getStartLine()).isEqualTo(4);
            assertThat(f.getEndLine()).isGreaterThanOrEqualTo(6);
        });
    }
}
