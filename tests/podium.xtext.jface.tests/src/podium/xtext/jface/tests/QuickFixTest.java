/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;

import podium.lang.PodiumRuntimeModule;
import podium.lang.ide.PodiumIdeModule;
import podium.testing.PlanTexts;
import podium.xtext.jface.DocumentSync;
import podium.xtext.jface.LanguageSession;
import podium.xtext.jface.QuickAssistProcessor;
import podium.xtext.jface.Uris;
import podium.xtext.jface.WorkspaceEdits;

/**
 * Quick fixes travel from a language's {@link IQuickFixProvider} through the server's code actions
 * to the document; a test provider stands in for the language's fixes.
 */
class QuickFixTest {
    /** Declares an unknown organisation at the end of the file. */
    public static final class CreateMissingOrganisation extends AbstractDeclarativeIdeQuickfixProvider {
        @QuickFix("PDM-L001")
        public void createOrganisation(DiagnosticResolutionAcceptor acceptor) {
            acceptor.accept("Create organisation", (diagnostic, element, document) -> {
                String name = document.getSubstring(diagnostic.getRange());
                Position end = document.getPosition(document.getContents().length());
                return List.of(new TextEdit(new Range(end, end), "org " + name + "\n"));
            });
        }
    }

    @TempDir
    Path folder;

    private LanguageSession session;
    private DocumentSync sync;

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.close();
        }
        if (session != null) {
            session.close();
        }
    }

    @Test
    void fixForAnIssueCodeEditsTheDocument() throws IOException {
        Workspace.injector();
        Injector injector = Guice.createInjector(Modules2.mixin(new PodiumRuntimeModule(), new PodiumIdeModule(), binder -> {
            binder.bind(ICodeActionService2.class).to(QuickFixCodeActionService.class);
            binder.bind(IQuickFixProvider.class).to(CreateMissingOrganisation.class);
        }));
        session = LanguageSession.start(injector, "podium", List.of(Uris.of(folder)));
        String text = PlanTexts.DEFINITIONS + "target 实际利用外资 邓州市 2004: 确保 100\n";
        IDocument document = new Document(text);
        sync = DocumentSync.open(session, Uris.of(folder.resolve("plan.podium")), document, 10);
        awaitErrors();
        List<CodeAction> actions = QuickAssistProcessor.codeActions(sync, text.indexOf("邓州市"));
        assertThat(actions).extracting(CodeAction::getTitle).containsExactly("Create organisation");
        WorkspaceEdits.apply(actions.get(0).getEdit(), new WorkspaceEdits.Target() {
            @Override
            public IDocument openDocument(String uri) {
                return uri.equals(sync.uri()) ? document : null;
            }

            @Override
            public void writeClosedFile(Path path, String content) {
                throw new AssertionError("only the open document changes");
            }
        });
        assertThat(document.get()).endsWith("确保 100\norg 邓州市\n");
    }

    private void awaitErrors() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (session.diagnostics(sync.uri()).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no diagnostics");
            }
            Thread.onSpinWait();
        }
    }
}
