/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client end of the in-process language server: forwards diagnostics and logs server messages. */
public final class SessionClient implements LanguageClient {
    private static final String BUNDLE = "podium.xtext.jface";

    private BiConsumer<String, List<Diagnostic>> diagnostics = (uri, list) -> { };

    public void onDiagnostics(BiConsumer<String, List<Diagnostic>> consumer) {
        diagnostics = consumer;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.accept(params.getUri(), params.getDiagnostics());
    }

    @Override
    public void telemetryEvent(Object object) {
        // Nothing collects telemetry in the workbench.
    }

    @Override
    public void showMessage(MessageParams params) {
        log(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        log(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        log(params);
    }

    private static void log(MessageParams params) {
        int severity = params.getType() == MessageType.Error ? IStatus.ERROR
                : params.getType() == MessageType.Warning ? IStatus.WARNING : IStatus.INFO;
        if (severity != IStatus.INFO) {
            ILog.get().log(new Status(severity, BUNDLE, params.getMessage()));
        }
    }
}
