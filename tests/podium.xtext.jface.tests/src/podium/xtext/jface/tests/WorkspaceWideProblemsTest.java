/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.Problem;
import podium.lang.tools.PodiumWorkspace;
import podium.xtext.jface.Diagnostics;
import podium.xtext.jface.DocumentSync;
import podium.xtext.jface.LanguageSession;
import podium.xtext.jface.Uris;

/**
 * Rules over the whole workspace (PDM-T002: one target per indicator, organisation and period) in the language
 * server: whatever files were opened, edited or changed on disk before, each file's problems are those
 * {@code podium validate} reports for the same files. Two files with the same target and no link between them
 * are the case: each is built without the other unless the server looks at the whole folder.
 */
class WorkspaceWideProblemsTest {
    private static final String DUPLICATE_TARGET = "PDM-T002";
    private static final String DECLARATIONS = """
            plan 外资计划 "2004年利用外资目标" period 2004 as-of 2004-06-30
            indicator 实际利用外资 "实际利用外资" unit 万美元 cumulative sum higher-better
            org 南阳市 "南阳市" city {
                org 宛城区 "宛城区" district
                org 卧龙区 "卧龙区" district
            }
            """;
    private static final String WANCHENG = "target 实际利用外资 宛城区 2004: 确保 100\n";
    private static final String A = WANCHENG + "actual 实际利用外资 宛城区 2004-03 累计 30\n";
    private static final String B = "// 区县目标\n" + WANCHENG;
    private static final String C = "target 实际利用外资 南阳市 2004: 确保 900\n";

    @TempDir
    Path folder;

    private LanguageSession session;
    private DocumentSync sync;

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.close();
        }
        if (session != null) {
            session.close();
        }
    }

    private void start() throws Exception {
        write("decl.podium", DECLARATIONS);
        write("a.podium", A);
        write("b.podium", B);
        write("c.podium", C);
        session = LanguageSession.start(Workspace.injector(), "podium", List.of(Uris.of(folder)));
        settle();
    }

    /** Both targets for 宛城区 are marked after the first build, after an unrelated edit, and neither once one goes. */
    @Test
    void editingOneOfTwoDuplicateTargetsKeepsAndClearsTheProblemInBothFiles() throws Exception {
        start();
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));

        IDocument a = open("a.podium");
        settle();
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));

        edit(a, "累计 30", "累计 45");
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));

        edit(a, "宛城区 2004: 确保 100", "卧龙区 2004: 确保 100");
        assertDuplicates(Map.of());

        edit(a, "卧龙区 2004: 确保 100", "宛城区 2004: 确保 100");
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));
    }

    /** A third file that gains and loses the same target, changed on disk while a and b stay as they are. */
    @Test
    void aThirdFileThatGainsTheSameTargetIsCountedInEveryFile() throws Exception {
        start();
        change("c.podium", C + WANCHENG);
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1, "c.podium", 1));

        change("c.podium", C);
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));

        write("b.podium", "// 区县目标\n");
        session.filesChanged(List.of(uri("b.podium")), List.of());
        settle();
        assertDuplicates(Map.of());
    }

    /**
     * The declarations change on disk (the plan's title, which no name of the index shows; then an organisation
     * more), and a is edited after each: a and b still clash, their indicator and district read afresh.
     */
    @Test
    void changedDeclarationsThenAnEditKeepTheDuplicateInBothFiles() throws Exception {
        start();
        change("decl.podium", DECLARATIONS.replace("2004年利用外资目标", "2004年全区利用外资目标"));
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));
        IDocument first = open("a.podium");
        edit(first, "累计 30", "累计 40");
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));
        sync.close();
        sync = null;
        settle();

        change("decl.podium", DECLARATIONS + "org 邓州市 \"邓州市\" city\n");
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));

        IDocument a = open("a.podium");
        edit(a, "累计 40", "累计 60");
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));

        change("c.podium", "// 暂无\n" + C);
        edit(a, "累计 60", "累计 75");
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));
    }

    /**
     * A change that comes while the server validates the other files again (the next keystroke) cancels that: b
     * keeps its old problem for a moment, and the next build gives it the right one.
     */
    @Test
    void theNextEditFinishesWhatAnEditThatCameMeanwhileCancelled() throws Exception {
        start();
        IDocument a = open("a.podium");
        settle();
        AtomicBoolean interrupted = new AtomicBoolean();
        session.addDiagnosticsListener((uri, diagnostics) -> {
            // on the server's build thread, once a is published: a write now cancels the rest of the build
            if (uri.equals(sync.uri()) && diagnostics.isEmpty() && interrupted.compareAndSet(false, true)) {
                session.server().getRequestManager().runWrite(() -> null, (cancel, nothing) -> nothing);
            }
        });
        edit(a, "宛城区 2004: 确保 100", "卧龙区 2004: 确保 100");
        assertThat(interrupted).isTrue();
        assertThat(server()).as("b not validated again yet").isEqualTo(Map.of("b.podium", 1));

        edit(a, "累计 30", "累计 35");
        assertDuplicates(Map.of());
    }

    /**
     * A target without a period is for the plan's: when the plan moves to 2005, b's target (none) meets a's
     * (2005), although neither a nor b changed.
     */
    @Test
    void aTargetWithoutPeriodFollowsThePlanWhenThePlanMoves() throws Exception {
        start();
        change("a.podium", "target 实际利用外资 宛城区 2005: 确保 100\n");
        change("b.podium", "target 实际利用外资 宛城区: 确保 120\n");
        assertDuplicates(Map.of());

        change("decl.podium", DECLARATIONS.replace("period 2004 as-of 2004-06-30", "period 2005 as-of 2005-06-30"));
        assertDuplicates(Map.of("a.podium", 1, "b.podium", 1));
    }

    /** A file deleted on disk takes its target along: the other one is no longer a duplicate. */
    @Test
    void deletingOneOfTheFilesClearsTheOther() throws Exception {
        start();
        Files.delete(folder.resolve("b.podium"));
        session.filesChanged(List.of(), List.of(uri("b.podium")));
        settle();
        assertDuplicates(Map.of());
    }

    /** The server's and podium validate's PDM-T002 problems per file, both as {@code expected}. */
    private void assertDuplicates(Map<String, Integer> expected) {
        assertThat(server()).as("the language server's PDM-T002 per file").isEqualTo(expected);
        assertThat(cli()).as("podium validate's PDM-T002 per file").isEqualTo(expected);
    }

    private Map<String, Integer> server() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String name : List.of("decl.podium", "a.podium", "b.podium", "c.podium")) {
            long n = session.diagnostics(uri(name)).stream().filter(d -> DUPLICATE_TARGET.equals(Diagnostics.code(d))).count();
            if (n > 0) {
                counts.put(name, (int) n);
            }
        }
        return counts;
    }

    /** What {@code podium validate FOLDER} reports, read from the files on disk. */
    private Map<String, Integer> cli() {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.deferLinking();
        workspace.add(folder);
        workspace.applySeverities(folder);
        Map<String, Integer> counts = new TreeMap<>();
        for (Problem problem : workspace.validate()) {
            if (DUPLICATE_TARGET.equals(problem.code())) {
                counts.merge(Path.of(problem.path()).getFileName().toString(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private IDocument open(String name) throws IOException {
        IDocument document = new Document(Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
        sync = DocumentSync.open(session, uri(name), document, 10);
        return document;
    }

    /** Types in the open document and saves it, as the editor does, then waits for the server. */
    private void edit(IDocument document, String from, String to) throws Exception {
        int at = document.get().indexOf(from);
        assertThat(at).as(from).isNotNegative();
        document.replace(at, from.length(), to);
        sync.flush();
        settle();
        Files.writeString(Uris.toPath(sync.uri()), document.get(), StandardCharsets.UTF_8);
    }

    /** Writes a file that no editor has open and tells the server, as the workbench's resource listener does. */
    private void change(String name, String text) throws Exception {
        write(name, text);
        session.filesChanged(List.of(uri(name)), List.of());
        settle();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String uri(String name) {
        return Uris.of(folder.resolve(name));
    }

    /**
     * Waits until the server has done every change sent so far: a read runs after the writes queued before it
     * (a write, unlike a read, would cancel the builds still queued). A read that a change cancels is asked again.
     */
    private void settle() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                session.server().getRequestManager().runRead(cancel -> null).get(60, TimeUnit.SECONDS);
                return;
            } catch (CancellationException | java.util.concurrent.ExecutionException | CompletionException e) {
                // a change came in meanwhile: wait for it too
            }
        }
        throw new AssertionError("the server never settled");
    }
}
