/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import podium.lang.ide.PodiumIdeSetup;

/**
 * Podium's language server running in this process over a temporary folder, driven through the
 * lsp4j API as an editor would: files on disk, open documents, published diagnostics.
 */
final class PodiumServer implements AutoCloseable {
    private static Injector language;

    final Path folder;
    final LanguageServerImpl server;
    private final Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();

    /** Writes the files (name, text, name, text...) into the folder and starts the server over it. */
    PodiumServer(Path folder, String... files) throws IOException {
        this.folder = folder;
        for (int i = 0; i + 1 < files.length; i += 2) {
            Files.writeString(folder.resolve(files[i]), files[i + 1], StandardCharsets.UTF_8);
        }
        IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
        registry.getExtensionToFactoryMap().put("podium", injector().getInstance(IResourceServiceProvider.class));
        Injector serverInjector = Guice.createInjector(Modules.override(new ServerModule())
                .with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
        server = serverInjector.getInstance(LanguageServerImpl.class);
        server.connect(new Client());
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "plans")));
        join(server.initialize(params));
        server.initialized(new InitializedParams());
    }

    static synchronized Injector injector() {
        if (language == null) {
            language = new PodiumIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return language;
    }

    private static ClientCapabilities capabilities() {
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setWorkspaceFolders(true);
        workspace.setWorkspaceEdit(new WorkspaceEditCapabilities());
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        return new ClientCapabilities(workspace, text, null);
    }

    String uri(String name) {
        return folder.resolve(name).toUri().toString();
    }

    TextDocumentIdentifier id(String name) {
        return new TextDocumentIdentifier(uri(name));
    }

    /** Opens a document with the given text (not written to disk) and waits for its diagnostics. */
    List<Diagnostic> open(String name, String text) {
        published.keySet().removeIf(uri -> uri.endsWith("/" + name));
        server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(name), "podium", 1, text)));
        return diagnostics(name);
    }

    /** The diagnostics last published for a file, waiting for the first publication. */
    List<Diagnostic> diagnostics(String name) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (Map.Entry<String, List<Diagnostic>> entry : published.entrySet()) {
                if (entry.getKey().endsWith("/" + name)) {
                    return entry.getValue();
                }
            }
            sleep();
        }
        throw new AssertionError("no diagnostics for " + name);
    }

    static Position at(String text, String marker, int delta) {
        int offset = text.indexOf(marker);
        if (offset < 0) {
            throw new AssertionError("not in text: " + marker);
        }
        offset += delta;
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, offset - before.lastIndexOf('\n') - 1);
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        join(server.shutdown());
    }

    /** Records published diagnostics; nothing else reaches a test. */
    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            published.put(params.getUri(), List.copyOf(params.getDiagnostics()));
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
