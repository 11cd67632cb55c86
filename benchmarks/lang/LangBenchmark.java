/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Key;
import com.google.inject.name.Names;

import podium.lang.tools.PodiumLanguage;
import podium.lang.tools.PodiumWorkspace;
import podium.lang.tools.SourceText;

/**
 * Validates a generated 100k-line workspace against only reading, decoding and tokenising the same
 * files, and times edit → diagnostics in a 10k-line file (partial reparse + validation, as the editor does).
 */
public class LangBenchmark {

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("podium-bench");
        int lines = Generator.workspace(dir, 100_000);
        var injector = PodiumLanguage.injector();
        Key<Lexer> lexerKey = Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME));
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
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
            long t1 = System.nanoTime();
            PodiumWorkspace ws = new PodiumWorkspace(injector);
            ws.add(dir);
            int problems = ws.validate().size();
            long t2 = System.nanoTime();
            System.out.printf("round %d: %d lines, %d tokens; tokenise %.0f ms, validate %.0f ms (%d problems), ratio %.1fx%n",
                    round, lines, tokens, (t1 - t0) / 1e6, (t2 - t1) / 1e6, problems, (double) (t2 - t1) / (t1 - t0));
        }
        editLatency(dir);
    }

    private static void editLatency(Path dir) throws IOException {
        Path big = dir.resolve("actuals-big.podium");
        PodiumWorkspace ws = new PodiumWorkspace(PodiumLanguage.injector());
        ws.add(dir.resolve("base.podium"));
        String text = Generator.actuals(10_000, 0);
        XtextResource resource = ws.addText(big.toString(), text);
        IResourceValidator validator = PodiumLanguage.injector().getInstance(IResourceValidator.class);
        validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        List<Long> times = new ArrayList<>();
        int offset = text.indexOf("累计 ", text.length() / 2) + 3;
        for (int i = 0; i < 50; i++) {
            long t0 = System.nanoTime();
            resource.update(offset, 1, String.valueOf(i % 10));
            validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
            times.add(System.nanoTime() - t0);
        }
        times.sort(null);
        System.out.printf("edit → diagnostics in a %d-line file: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                text.split("\n").length, times.get(25) / 1e6, times.get(45) / 1e6, times.get(49) / 1e6);
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
