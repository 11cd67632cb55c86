/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.lsp4j.Diagnostic;

/**
 * Measures, without a display, what the user waits for after a keystroke: the time from a change of
 * an open document to the next publication of its diagnostics, typing pause included.
 */
public final class DiagnosticsLatency {
    private DiagnosticsLatency() {
    }

    /** Runs {@code edit} (which changes {@code sync}'s document) and waits for the diagnostics that follow. */
    public static Duration measure(DocumentSync sync, Runnable edit, Duration timeout) {
        // Let every build already under way finish (a read runs after the writes before it), so that
        // only the edit's own build can publish below, whatever else the server was doing.
        sync.flush();
        sync.session().readNow(sync.uri(), (document, resource) -> null);
        CompletableFuture<List<Diagnostic>> published = new CompletableFuture<>();
        // the listener is told the current diagnostics when it is added: only those after the edit count
        AtomicBoolean edited = new AtomicBoolean();
        DiagnosticsListener listener = (uri, diagnostics) -> {
            if (edited.get() && uri.equals(sync.uri()) && sync.isInSync()) {
                published.complete(diagnostics);
            }
        };
        sync.session().addDiagnosticsListener(listener);
        try {
            long start = System.nanoTime();
            edited.set(true);
            edit.run();
            published.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Duration.ofNanos(System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("No diagnostics within " + timeout, e);
        } finally {
            sync.session().removeDiagnosticsListener(listener);
        }
    }
}
