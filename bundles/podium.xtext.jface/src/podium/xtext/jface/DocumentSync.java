/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;

/**
 * Keeps the language server's copy of one open document equal to a JFace document: changes are
 * sent after a short pause in typing, so that the server parses and validates once per burst of keys.
 */
public final class DocumentSync implements IDocumentListener, AutoCloseable {
    /** Long enough to coalesce fast typing, short enough that diagnostics feel live. */
    public static final long DEFAULT_DELAY_MILLIS = 50;

    private final LanguageSession session;
    private final String uri;
    private final IDocument document;
    private final long delayMillis;
    private int version = 1;
    private String pendingText;
    private ScheduledFuture<?> scheduled;

    private DocumentSync(LanguageSession session, String uri, IDocument document, long delayMillis) {
        this.session = session;
        this.uri = Uris.normalize(uri);
        this.document = document;
        this.delayMillis = delayMillis;
    }

    /** Opens the document in the server and starts following its changes. */
    public static DocumentSync open(LanguageSession session, String uri, IDocument document, long delayMillis) {
        DocumentSync sync = new DocumentSync(session, uri, document, delayMillis);
        TextDocumentItem item = new TextDocumentItem(sync.uri, "", sync.version, document.get());
        session.server().didOpen(new DidOpenTextDocumentParams(item));
        document.addDocumentListener(sync);
        session.opened(sync);
        return sync;
    }

    public LanguageSession session() {
        return session;
    }

    public String uri() {
        return uri;
    }

    public IDocument document() {
        return document;
    }

    public TextDocumentIdentifier identifier() {
        return new TextDocumentIdentifier(uri);
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        // Only the text after a change matters.
    }

    @Override
    public synchronized void documentChanged(DocumentEvent event) {
        // A snapshot taken here, on the thread that owns the document, is safe to send from the timer.
        pendingText = document.get();
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = session.timer().schedule(this::flush, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Sends pending changes now; requests that need the current text (completion, rename) call this first. */
    public synchronized void flush() {
        if (pendingText == null) {
            return;
        }
        String text = pendingText;
        pendingText = null;
        version++;
        session.server().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Sends the whole text again now, so that the server validates it again; call on the document's thread. */
    public synchronized void resend() {
        pendingText = document.get();
        flush();
    }

    /** Whether the server has been sent everything typed so far. */
    public synchronized boolean isInSync() {
        return pendingText == null;
    }

    @Override
    public synchronized void close() {
        document.removeDocumentListener(this);
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        pendingText = null;
        session.closed(this);
        session.server().didClose(new DidCloseTextDocumentParams(identifier()));
    }
}
