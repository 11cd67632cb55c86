/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.xtext.jface.Diagnostics;
import podium.xtext.jface.LanguageSession;
import podium.xtext.jface.Uris;

/**
 * The session over folders that come and go: two folders of one name (a project's own area and the folder it
 * links, as Open Folder makes them) each keep their own files, and a folder that goes tells only of its plans.
 */
class SessionFoldersTest {
    private static final String DEFINITIONS = """
            plan 招商计划 "2006年招商引资计划" period 2006 as-of 2006-03-31
            indicator 合同外资 "合同外资" unit 万美元 cumulative sum higher-better
            org 新野县 "新野县" county
            """;
    private static final String ONE_TARGET = "target 合同外资 唐河县 2006: 确保 500 力争 600\n";

    @TempDir
    Path root;

    private LanguageSession session;
    private final Set<String> published = ConcurrentHashMap.newKeySet();

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    /**
     * Two folders named 招商引资, each with a target for 唐河县, which neither declares: one error each. The first
     * folder goes; the second keeps its error. Both orders of the two folders are tried: Xtext numbers folders of
     * one name in their order (招商引资, 招商引资1), and forgets that order when another folder is opened.
     */
    @Test
    void aFolderOfTheSameNameAsOneThatGoesKeepsItsProblems() throws Exception {
        for (boolean swapped : new boolean[] {false, true}) {
            Path going = plans(root.resolve(swapped ? "二" : "一"));
            Path staying = plans(root.resolve(swapped ? "一" : "二"));
            Path other = Files.createDirectories(root.resolve(swapped ? "其他2" : "其他1"));
            Files.writeString(other.resolve("plan.podium"), "org 邓州市 \"邓州市\" city\n", StandardCharsets.UTF_8);
            session = LanguageSession.start(Workspace.injector(), "podium", List.of(Uris.of(going), Uris.of(staying)));
            String targets = Uris.of(staying.resolve("targets.podium"));
            assertThat(errors(targets)).as(targets).hasSize(1).allMatch(e -> e.contains("唐河县"));

            session.foldersChanged(List.of(Uris.of(other)), List.of());
            session.foldersChanged(List.of(), List.of(Uris.of(going)));
            barrier();

            assertThat(errors(targets)).as("after the other folder went: " + targets).hasSize(1)
                    .allMatch(e -> e.contains("唐河县"));
            session.close();
            session = null;
        }
    }

    /** Eclipse's project file and other files in a folder are no plans: the session tells nobody of them. */
    @Test
    void aFolderThatGoesToldOfItsPlansOnlyNotOfEclipsesProjectFile() throws Exception {
        Path folder = plans(root.resolve("预算"));
        Files.writeString(folder.resolve(".project"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <projectDescription>
                	<name>预算</name>
                </projectDescription>
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("说明.txt"), "不是规划文件\n", StandardCharsets.UTF_8);
        session = LanguageSession.start(Workspace.injector(), "podium", List.of(Uris.of(folder)));
        session.addDiagnosticsListener((uri, diagnostics) -> published.add(uri));

        session.foldersChanged(List.of(), List.of(Uris.of(folder)));
        barrier();

        assertThat(published).contains(Uris.of(folder.resolve("defs.podium")), Uris.of(folder.resolve("targets.podium")))
                .allMatch(uri -> uri.endsWith(".podium"));
    }

    private static Path plans(Path folder) throws IOException {
        Path plans = Files.createDirectories(folder.resolve("招商引资"));
        Files.writeString(plans.resolve("defs.podium"), DEFINITIONS, StandardCharsets.UTF_8);
        Files.writeString(plans.resolve("targets.podium"), ONE_TARGET, StandardCharsets.UTF_8);
        return plans;
    }

    /** Waits until the server has done everything asked of it so far (it does one change after the other). */
    private void barrier() throws Exception {
        session.server().getRequestManager().runWrite(() -> null, (cancel, nothing) -> nothing)
                .get(Duration.ofSeconds(60).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The errors of a file once the server validated it. */
    private List<String> errors(String uri) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!session.isValidated(uri) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return session.diagnostics(uri).stream().filter(d -> Diagnostics.severity(d) == DiagnosticSeverity.Error)
                .map(Diagnostics::describe).toList();
    }
}
