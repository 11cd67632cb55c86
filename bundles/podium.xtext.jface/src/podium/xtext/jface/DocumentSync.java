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
 * Keeps the language server's copy of one open document equal to a JFace document. A change after
 * a quiet moment is sent at once, so a single keystroke waits for nothing but the server; while keys
 * follow each other faster than the delay, the latest text goes out once per delay (the server drops
 * the outdated build), and the last change of a burst is always sent.
 */
public final class DocumentSync implements IDocumentListener, AutoCloseable {
    /** At most one send per this many milliseconds while typing goes on: about a fast typist's key interval. */
    public static final long DEFAULT_DELAY_MILLIS = 100;

    private final LanguageSession session;
    private final String uri;
    private final IDocument document;
    private final long delayMillis;
    private volatile int version = 1;
    private String pendingText;
    private ScheduledFuture<?> scheduled;
    private long lastSentNanos = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

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
        if (scheduled != null && !scheduled.isDone()) {
            return; // the send already scheduled takes this text along
        }
        long sinceLastSend = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastSentNanos);
        scheduled = session.timer().schedule(this::flush, Math.max(0, delayMillis - sinceLastSend), TimeUnit.MILLISECONDS);
    }

    /** Sends pending changes now; requests that need the current text (completion, rename) call this first. */
    public synchronized void flush() {
        if (pendingText == null) {
            return;
        }
        String text = pendingText;
        pendingText = null;
        lastSentNanos = System.nanoTime();
        version++;
        session.server().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Sends the whole text again now, so that the server validates it again; call on the document's thread. */
    public synchronized void resend() {
        pendingText = document.get();
        flush();
    }

    /** The version of the text last sent to the server. */
    public int sentVersion() {
        return version;
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
