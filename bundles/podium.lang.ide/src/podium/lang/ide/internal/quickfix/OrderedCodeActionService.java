/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

import com.google.inject.Inject;

/**
 * The quick fixes in the order {@link PodiumQuickfixProvider} gives them. Xtext's service sorts them by title, which
 * in Chinese put "声明 org 桐拍县" before the likelier "改为 桐柏县".
 */
public class OrderedCodeActionService extends QuickFixCodeActionService {

    @Inject
    private IQuickFixProvider quickfixes;

    @Override
    protected List<Either<Command, CodeAction>> getCodeActions(ICodeActionService2.Options options, Diagnostic diagnostic) {
        return quickfixes.getResolutions(options, diagnostic).stream()
                .map(resolution -> Either.<Command, CodeAction>forRight(codeAction(resolution, diagnostic))).toList();
    }

    private static CodeAction codeAction(DiagnosticResolution resolution, Diagnostic diagnostic) {
        CodeAction action = new CodeAction(resolution.getLabel());
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(resolution.apply());
        action.setKind(CodeActionKind.QuickFix);
        return action;
    }
}
