/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

import com.google.inject.Injector;

import podium.lang.ide.PodiumIdeSetup;
import podium.testing.PlanTexts;
import podium.xtext.jface.Diagnostics;
import podium.xtext.jface.LanguageSession;
import podium.xtext.jface.Uris;

/** A folder of plan files with a language session over it, and waiting on the session's diagnostics. */
final class Workspace {
    private static Injector injector;

    final Path folder;
    final LanguageSession session;

    Workspace(Path folder) throws IOException {
        this.folder = folder;
        write("defs.podium", PlanTexts.DEFINITIONS);
        write("targets.podium", PlanTexts.TARGETS);
        session = LanguageSession.start(injector(), "podium", List.of(Uris.of(folder)));
    }

    static synchronized Injector injector() {
        if (injector == null) {
            injector = new PodiumIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    String uri(String name) {
        return Uris.of(folder.resolve(name));
    }

    /** Waits until the file's diagnostics satisfy a condition and returns them. */
    List<Diagnostic> await(String name, Predicate<List<Diagnostic>> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Diagnostic> now = session.diagnostics(uri(name));
            if (condition.test(now)) {
                return now;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Diagnostics of " + name + " never matched; last: "
                + session.diagnostics(uri(name)).stream().map(Diagnostics::describe).toList());
    }

    static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> Diagnostics.severity(d) == DiagnosticSeverity.Error);
    }

    static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> (d.getRange().getStart().getLine() + 1) + ": " + Diagnostics.describe(d)).toList()
                .toString();
    }
}
