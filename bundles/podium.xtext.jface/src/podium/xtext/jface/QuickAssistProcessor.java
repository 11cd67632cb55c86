/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Quick fixes (Alt+Enter): the server's code actions for the problems on the caret's line, which
 * the language computes from each problem's issue code.
 */
public final class QuickAssistProcessor implements IQuickAssistProcessor {
    private static final long TIMEOUT_SECONDS = 10;

    private final Supplier<DocumentSync> sync;
    private final Function<DocumentSync, WorkspaceEdits.Target> targets;

    public QuickAssistProcessor(Supplier<DocumentSync> sync, Function<DocumentSync, WorkspaceEdits.Target> targets) {
        this.sync = sync;
        this.targets = targets;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        DocumentSync documentSync = sync.get();
        if (documentSync == null) {
            return new ICompletionProposal[0];
        }
        WorkspaceEdits.Target target = targets.apply(documentSync);
        return codeActions(documentSync, context.getOffset()).stream().map(action -> new Fix(action, target))
                .toArray(ICompletionProposal[]::new);
    }

    /** The fixes for the problems on the offset's line. */
    public static List<CodeAction> codeActions(DocumentSync documentSync, int offset) {
        documentSync.flush();
        IDocument document = documentSync.document();
        int line = Positions.toPosition(document, offset).getLine();
        List<Diagnostic> onLine = documentSync.session().diagnostics(documentSync.uri()).stream()
                .filter(d -> d.getRange().getStart().getLine() <= line && line <= d.getRange().getEnd().getLine()).toList();
        if (onLine.isEmpty()) {
            return List.of();
        }
        Range range = new Range(Positions.toPosition(document, offset), Positions.toPosition(document, offset));
        CodeActionParams params = new CodeActionParams(documentSync.identifier(), range, new CodeActionContext(onLine));
        try {
            List<Either<Command, CodeAction>> actions = LanguageSession
                    .join(documentSync.session().server().codeAction(params), TIMEOUT_SECONDS);
            return actions == null ? List.of()
                    : actions.stream().filter(Either::isRight).map(Either::getRight).filter(a -> a.getEdit() != null).toList();
        } catch (IllegalStateException e) {
            ILog.get().error("Code actions failed", e);
            return List.of();
        }
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof MarkerAnnotation && !annotation.isMarkedDeleted();
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return true;
    }

    /** A proposal that applies one code action's workspace edit. */
    private static final class Fix implements ICompletionProposal {
        private final CodeAction action;
        private final WorkspaceEdits.Target target;

        Fix(CodeAction action, WorkspaceEdits.Target target) {
            this.action = action;
            this.target = target;
        }

        @Override
        public void apply(IDocument document) {
            try {
                WorkspaceEdits.apply(action.getEdit(), target);
            } catch (java.io.IOException e) {
                ILog.get().error("Quick fix could not write a file", e);
            }
        }

        @Override
        public Point getSelection(IDocument document) {
            return null;
        }

        @Override
        public String getAdditionalProposalInfo() {
            return null;
        }

        @Override
        public String getDisplayString() {
            return action.getTitle();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
