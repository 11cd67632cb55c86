/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;

import podium.lang.ide.PodiumIdeSetup;
import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;
import podium.lang.tools.SourceText;

/**
 * Validates a generated 100k-line workspace against only reading, decoding and tokenising the same
 * files (wall clock and CPU time of the measuring thread, which a loaded machine disturbs less), and times
 * keystroke → diagnostics in a 10k-line file through the in-process language server the editor uses.
 */
public class LangBenchmark {
    /** DocumentSync.DEFAULT_DELAY_MILLIS of podium.xtext.jface: the editor waits this long after the last keystroke. */
    private static final long DEBOUNCE_MILLIS = 50;
    private static final int ROUNDS = 5;
    private static final int EDITS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("podium-bench");
        int lines = Generator.workspace(dir, 100_000);
        var injector = PodiumLanguage.injector();
        Key<Lexer> lexerKey = Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME));
        System.out.printf("load average at start: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        List<Double> cpuRatios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long[] t0 = now();
            long tokens = tokenise(dir, injector, lexerKey);
            long[] t1 = now();
            PodiumWorkspace ws = new PodiumWorkspace(injector);
            ws.add(dir);
            int problems = ws.validate().size();
            long[] t2 = now();
            double cpuRatio = (double) (t2[1] - t1[1]) / (t1[1] - t0[1]);
            cpuRatios.add(cpuRatio);
            System.out.printf("round %d: %d lines, %d tokens; tokenise %.0f ms (cpu %.0f), validate %.0f ms (cpu %.0f, %d problems);"
                    + " ratio wall %.1fx, cpu %.1fx%n", round, lines, tokens, ms(t1[0] - t0[0]), ms(t1[1] - t0[1]),
                    ms(t2[0] - t1[0]), ms(t2[1] - t1[1]), problems, (double) (t2[0] - t1[0]) / (t1[0] - t0[0]), cpuRatio);
        }
        cpuRatios.sort(null);
        System.out.printf("median cpu ratio over %d rounds: %.1fx%n", ROUNDS, cpuRatios.get(ROUNDS / 2));
        EditorPath.measure(dir, EDITS);
    }

    private static long tokenise(Path dir, Injector injector, Key<Lexer> lexerKey) throws IOException {
        long tokens = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String text = SourceText.decode(f.toString(), Files.readAllBytes(f)).text();
                Lexer lexer = injector.getInstance(lexerKey);
                lexer.setCharStream(new ANTLRStringStream(text));
                for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                    tokens++;
                }
            }
        }
        return tokens;
    }

    /** Wall-clock and this thread's CPU nanoseconds. */
    static long[] now() {
        return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /**
     * What the plan editor does after a keystroke, without its 50 ms typing pause: the whole text goes
     * to the in-process Xtext language server (didChange, as podium.xtext.jface's DocumentSync sends it),
     * which reparses, relinks and validates the file and publishes its diagnostics.
     */
    static final class EditorPath implements LanguageClient {
        private final Map<String, CompletableFuture<List<Diagnostic>>> waiting = new ConcurrentHashMap<>();

        static void measure(Path dir, int edits) throws Exception {
            Path folder = Files.createDirectory(dir.resolve("editor"));
            Files.writeString(folder.resolve("base.podium"), Generator.base(), StandardCharsets.UTF_8);
            String text = Generator.actuals(10_000, 0);
            Path big = folder.resolve("actuals-big.podium");
            Files.writeString(big, text, StandardCharsets.UTF_8);
            EditorPath client = new EditorPath();
            LanguageServerImpl server = client.start(folder);
            String uri = big.toUri().toString();
            client.expect(uri);
            server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "podium", 1, text)));
            client.await(uri);
            // The last-year figure of a line in the middle: any digit keeps the file free of problems.
            int offset = text.indexOf("last-year ", text.length() / 2) + "last-year ".length();
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                String changed = text.substring(0, offset) + (i % 9 + 1) + text.substring(offset + 1);
                client.expect(uri);
                long t0 = System.nanoTime();
                server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, i + 2),
                        List.of(new TextDocumentContentChangeEvent(changed))));
                List<Diagnostic> diagnostics = client.await(uri);
                times.add(System.nanoTime() - t0);
                if (!diagnostics.isEmpty()) {
                    throw new IllegalStateException("generated file has problems: " + diagnostics.get(0).getMessage());
                }
            }
            times.sort(null);
            System.out.printf("keystroke → diagnostics through the language server, %d-line file (+%d ms typing pause in"
                    + " the editor): median %.1f ms, p90 %.1f ms, max %.1f ms%n", text.split("\n").length,
                    DEBOUNCE_MILLIS, ms(times.get(edits / 2)), ms(times.get(edits * 9 / 10)), ms(times.get(edits - 1)));
            server.shutdown().get();
        }

        private LanguageServerImpl start(Path folder) throws Exception {
            Injector language = new PodiumIdeSetup().createInjectorAndDoEMFRegistration();
            IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
            registry.getExtensionToFactoryMap().put("podium", language.getInstance(IResourceServiceProvider.class));
            Injector serverInjector = Guice.createInjector(Modules.override(new ServerModule()).with(
                    binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
            LanguageServerImpl server = serverInjector.getInstance(LanguageServerImpl.class);
            server.connect(this);
            InitializeParams params = new InitializeParams();
            WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
            workspace.setWorkspaceFolders(true);
            ClientCapabilities capabilities = new ClientCapabilities();
            capabilities.setWorkspace(workspace);
            params.setCapabilities(capabilities);
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "editor")));
            server.initialize(params).get();
            server.initialized(new InitializedParams());
            return server;
        }

        void expect(String uri) {
            waiting.put(uri.substring(uri.lastIndexOf('/') + 1), new CompletableFuture<>());
        }

        List<Diagnostic> await(String uri) throws Exception {
            return waiting.get(uri.substring(uri.lastIndexOf('/') + 1)).get(120, TimeUnit.SECONDS);
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            // The server may spell file URIs differently (file:/ or file:///); the file name identifies them here.
            String name = diagnostics.getUri().substring(diagnostics.getUri().lastIndexOf('/') + 1);
            CompletableFuture<List<Diagnostic>> future = waiting.get(name);
            if (future != null) {
                future.complete(diagnostics.getDiagnostics());
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }

    /** Writes workspaces in the style of examples/. */
    static final class Generator {
        static int workspace(Path dir, int totalLines) throws IOException {
            Files.writeString(dir.resolve("base.podium"), base(), StandardCharsets.UTF_8);
            int lines = 0;
            for (int f = 0; lines < totalLines; f++) {
                String text = actuals(10_000, f);
                Files.writeString(dir.resolve("actuals-" + f + ".podium"), text, StandardCharsets.UTF_8);
                lines += 10_000;
            }
            return lines + (int) base().lines().count();
        }

    
        static String base() {
            StringBuilder b = new StringBuilder("plan p \"基准\" period 2004 as-of 2004-12-31 for 市\n");
            for (int f = 0; f < 10; f++) {
                b.append("indicator ").append(indicator(f, 0)).append(" \"实际利用外资\" unit 万美元\n");
                b.append("indicator ").append(indicator(f, 1)).append(" \"外贸出口\" unit 万美元\n");
            }
            b.append("org 市 \"某市\" city {\n");
            for (int u = 0; u < 500; u++) {
                b.append("\torg ").append(name(u)).append(" county\n");
            }
            return b.append("}\n").toString();
        }

        /** Each file reports its own two indicators, so that no series (indicator, county, month) repeats. */
        static String indicator(int file, int which) {
            return (which == 0 ? "外资" : "出口") + (char) (0xFF10 + file);
        }

        /** 12 months per county and indicator; 500 counties per indicator, then the file's second indicator. */
        static String actuals(int lines, int file) {
            StringBuilder b = new StringBuilder();
            int n = 0;
            for (int u = 0; n < lines; u++) {
                for (int m = 1; m <= 12 && n < lines; m++, n++) {
                    String ind = indicator(file, u / 500);
                    b.append("actual ").append(ind).append(' ').append(name(u % 500)).append(" 2004-")
                            .append(m < 10 ? "0" : "").append(m).append(" 累计 ").append(m * 10 + u % 7)
                            .append(" last-year ").append(m * 9).append('\n');
                }
            }
            return b.toString();
        }

        private static String name(int u) {
            String digits = "零一二三四五六七八九";
            StringBuilder s = new StringBuilder("县");
            for (char c : Integer.toString(u).toCharArray()) {
                s.append(digits.charAt(c - '0'));
            }
            return s.toString();
        }
    }
}
