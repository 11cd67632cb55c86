/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;

import podium.xtext.jface.internal.InPlaceReparsingBuilder;
import podium.xtext.jface.internal.SessionClient;
import podium.xtext.jface.internal.VersionedWorkspaceManager;

/**
 * One Xtext language server running in this process over a set of workspace folders, shared by all
 * editors of the language; editors talk to it through the lsp4j API of {@link #server()}.
 */
public final class LanguageSession implements AutoCloseable {
    private static final long STARTUP_TIMEOUT_SECONDS = 120;
    private static final int READ_ATTEMPTS = 20;

    private final Injector languageInjector;
    private final String fileExtension;
    private final LanguageServerImpl server;
    private final VersionedWorkspaceManager workspace;
    private final SessionClient client = new SessionClient();
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    private final List<DiagnosticsListener> listeners = new CopyOnWriteArrayList<>();
    private final java.util.Set<DocumentSync> openDocuments = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "Xtext document sync");
        thread.setDaemon(true);
        return thread;
    });

    private LanguageSession(Injector languageInjector, String fileExtension) {
        this.languageInjector = languageInjector;
        this.fileExtension = fileExtension;
        IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
        registry.getExtensionToFactoryMap().put(fileExtension,
                languageInjector.getInstance(IResourceServiceProvider.class));
        // ServerModule finds languages through java.util.ServiceLoader, which sees nothing inside OSGi.
        Injector serverInjector = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
            binder.bind(WorkspaceManager.class).to(VersionedWorkspaceManager.class).in(Singleton.class);
            binder.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(InPlaceReparsingBuilder.class);
            binder.bind(XtextResourceSet.class).toProvider(() -> resourceSet(languageInjector, fileExtension));
        }));
        server = serverInjector.getInstance(LanguageServerImpl.class);
        workspace = (VersionedWorkspaceManager) serverInjector.getInstance(WorkspaceManager.class);
        client.onDiagnostics(this::publish);
    }

    /**
     * A resource set that makes the language's files with this language's injector. EMF's global
     * factory registry names whichever injector registered last; another part of the application
     * (an importer validating a plan headless) would otherwise leave the server with resources that
     * lack the editor's services.
     */
    private static XtextResourceSet resourceSet(Injector languageInjector, String fileExtension) {
        XtextResourceSet set = languageInjector.getInstance(XtextResourceSet.class);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(fileExtension,
                languageInjector.getInstance(IResourceFactory.class));
        return set;
    }

    /**
     * Starts a server for the language of {@code languageInjector} (runtime and ide module) over the
     * given folders (file URIs) and waits until every file in them has been indexed and validated.
     */
    public static LanguageSession start(Injector languageInjector, String fileExtension, List<String> folderUris) {
        LanguageSession session = new LanguageSession(languageInjector, fileExtension);
        session.initialize(folderUris);
        return session;
    }

    private void initialize(List<String> folderUris) {
        server.connect(client);
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities());
        params.setWorkspaceFolders(folderUris.stream().map(LanguageSession::folder).toList());
        join(server.initialize(params), STARTUP_TIMEOUT_SECONDS);
        server.initialized(new InitializedParams());
    }

    private static ClientCapabilities capabilities() {
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setWorkspaceFolders(true);
        workspace.setWorkspaceEdit(new WorkspaceEditCapabilities());
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        // Without prepare support the server answers prepareRename with "default behaviour" only.
        RenameCapabilities rename = new RenameCapabilities();
        rename.setPrepareSupport(true);
        text.setRename(rename);
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setWorkspace(workspace);
        capabilities.setTextDocument(text);
        return capabilities;
    }

    /**
     * A workspace folder named by its URI. Xtext names a folder's project after the folder's last segment, numbered
     * in the order of the folders when two share it (信访, 信访1), and keeps a project while a folder of its name is
     * there. It forgets that order whenever folders come or go (it keeps them in a hash map), so with a project's
     * area and its linked folder of one name: a folder opened later could take the name of a project already
     * there and never be validated; two folders could swap names, each file then built with the other folder's
     * files (a target counted twice, PDM-T002); and a folder that went could take the other one's project along,
     * its problems with it. Full URIs never need a number.
     */
    private static WorkspaceFolder folder(String uri) {
        String normalized = Uris.normalize(uri);
        return new WorkspaceFolder(normalized, normalized);
    }

    /** The in-process language server; requests return futures that complete off the UI thread. */
    public LanguageServerImpl server() {
        return server;
    }

    /** The Guice injector of the language (runtime plus ide module). */
    public Injector languageInjector() {
        return languageInjector;
    }

    /** Reads the server's current parsed state of a document, after all pending changes are applied. */
    public <T> CompletableFuture<T> read(String uri, BiFunction<Document, XtextResource, T> reader) {
        return server.getRequestManager().runRead(
                cancel -> workspace.doRead(Uris.toEmf(uri), (document, resource) -> reader.apply(document, resource)));
    }

    /**
     * Like {@link #read} but blocking, and retried when an edit cancels the read (the server cancels
     * pending reads on every change); null if edits kept cancelling it.
     */
    public <T> T readNow(String uri, BiFunction<Document, XtextResource, T> reader) {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            try {
                return read(uri, reader).join();
            } catch (java.util.concurrent.CancellationException e) {
                // A newer version of some document arrived; read again after it.
            } catch (java.util.concurrent.CompletionException e) {
                if (!(e.getCause() instanceof java.util.concurrent.CancellationException)) {
                    throw e;
                }
            }
        }
        return null;
    }

    /** The diagnostics last published for a document, never null. */
    public List<Diagnostic> diagnostics(String uri) {
        return diagnostics.getOrDefault(Uris.normalize(uri), List.of());
    }

    /** Whether the server has validated the document at least once. */
    public boolean isValidated(String uri) {
        return diagnostics.containsKey(Uris.normalize(uri));
    }

    /**
     * Adds a listener and tells it at once about every document the server has already published
     * diagnostics for (the initial build publishes before anyone can listen).
     */
    public void addDiagnosticsListener(DiagnosticsListener listener) {
        synchronized (listeners) {
            listeners.add(listener);
            diagnostics.forEach(listener::diagnosticsChanged);
        }
    }

    public void removeDiagnosticsListener(DiagnosticsListener listener) {
        listeners.remove(listener);
    }

    /** Tells the server that files changed or disappeared on disk outside any open editor. */
    public void filesChanged(List<String> changedUris, List<String> deletedUris) {
        List<FileEvent> events = new java.util.ArrayList<>();
        changedUris.forEach(uri -> events.add(new FileEvent(Uris.normalize(uri), FileChangeType.Changed)));
        deletedUris.forEach(uri -> events.add(new FileEvent(Uris.normalize(uri), FileChangeType.Deleted)));
        if (!events.isEmpty()) {
            server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
        }
    }

    /**
     * Validates files again although their text did not change, e.g. after rule severities changed:
     * open documents are sent again (the server ignores disk changes of open documents), the others
     * are reported as changed on disk. Call on the thread that owns the open documents.
     */
    public void revalidate(List<String> uris) {
        java.util.Set<String> pending = new java.util.HashSet<>(uris.stream().map(Uris::normalize).toList());
        for (DocumentSync sync : openDocuments) {
            if (pending.remove(sync.uri())) {
                sync.resend();
            }
        }
        filesChanged(List.copyOf(pending), List.of());
    }

    void opened(DocumentSync sync) {
        openDocuments.add(sync);
    }

    void closed(DocumentSync sync) {
        openDocuments.remove(sync);
    }

    /** Adds and removes workspace folders, e.g. when projects are opened or closed. */
    public void foldersChanged(List<String> addedUris, List<String> removedUris) {
        WorkspaceFoldersChangeEvent event = new WorkspaceFoldersChangeEvent(
                addedUris.stream().map(LanguageSession::folder).toList(),
                removedUris.stream().map(LanguageSession::folder).toList());
        server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(event));
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    private void publish(String uri, List<Diagnostic> published) {
        String key = Uris.normalize(uri);
        if (!isLanguageFile(key) || isOutdated(key)) {
            return;
        }
        synchronized (listeners) {
            // one lock with addDiagnosticsListener, so a new listener never gets an older list last
            diagnostics.put(key, List.copyOf(published));
            listeners.forEach(listener -> listener.diagnosticsChanged(key, published));
        }
    }

    /**
     * Whether the URI names a file of the language. The server also publishes (empty) diagnostics for every other
     * file of a folder it stops validating, Eclipse's {@code .project} among them; a listener that read such a file
     * from the server would have it loaded into the server's models, as whatever EMF's default factory makes of it.
     */
    private boolean isLanguageFile(String uri) {
        return fileExtension.equals(Uris.toEmf(uri).fileExtension());
    }

    /**
     * Whether these diagnostics come from a build of an open document that an edit sent since has
     * overtaken: their positions no longer fit the editor's text, and the newer build will publish.
     * Runs on the server's write thread, inside the build that publishes.
     */
    private boolean isOutdated(String uri) {
        Integer built = workspace.openVersion(Uris.toEmf(uri));
        return built != null && openDocuments.stream().anyMatch(sync -> sync.uri().equals(uri) && sync.sentVersion() > built);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        // Only shutdown: the server's exit() ends the whole JVM, workbench included.
        join(server.shutdown(), 10);
    }

    static <T> T join(CompletableFuture<T> future, long seconds) {
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
