/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;
import podium.ui.internal.workspace.LinkedFolders;

/**
 * Save As of a plan asks for a file on disk, starting from the plan's own file, and the editor goes on with
 * the file chosen: in the folder already open, or in its folder, opened for it. (The system's file dialog
 * cannot be driven from a test: {@link SaveAsLocation#chooser} answers for it.)
 */
class SaveAsTest {
    private static final String PLAN = "org 市 \"市\"\n";

    /** The folders the test opens stay, with their projects, until the runtime ends. */
    private Path dir;

    private IWorkbenchPage page;
    private BiFunction<Shell, Path, Path> systemDialog;
    private final List<Path> asked = new ArrayList<>();
    private List<IProject> projectsBefore;

    @BeforeEach
    void openFolder() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        systemDialog = SaveAsLocation.chooser;
        projectsBefore = List.of(ResourcesPlugin.getWorkspace().getRoot().getProjects());
        dir = Files.createTempDirectory(ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().getParent(),
                "save-as-");
    }

    @AfterEach
    void restore() throws Exception {
        page.closeAllEditors(false);
        SaveAsLocation.chooser = systemDialog;
    }

    private PodiumEditor openPlan(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("plan.podium"), PLAN, StandardCharsets.UTF_8);
        AtomicReference<IFolder> opened = new AtomicReference<>();
        ResourcesPlugin.getWorkspace().run(
                monitor -> opened.set(new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(folder, monitor)),
                null);
        PodiumEditor editor = (PodiumEditor) IDE.openEditor(page, opened.get().getFile("plan.podium"));
        document(editor).replace(0, 0, "// 改过\n");
        return editor;
    }

    private void answer(Path chosen) {
        SaveAsLocation.chooser = (shell, current) -> {
            asked.add(current);
            return chosen;
        };
    }

    private static IDocument document(PodiumEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    private static IFile file(PodiumEditor editor) {
        return editor.getEditorInput().getAdapter(IFile.class);
    }

    @Test
    void aNewNameInTheSameFolderIsSavedThereAndTheEditorGoesOnWithIt() throws Exception {
        Path folder = dir.resolve("信访");
        PodiumEditor editor = openPlan(folder);
        IFile original = file(editor);
        answer(folder.resolve("另存.podium"));

        editor.doSaveAs();

        assertThat(asked).containsExactly(folder.resolve("plan.podium"));
        assertThat(Files.readString(folder.resolve("另存.podium"), StandardCharsets.UTF_8)).isEqualTo("// 改过\n" + PLAN);
        assertThat(Files.readString(folder.resolve("plan.podium"), StandardCharsets.UTF_8)).isEqualTo(PLAN);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.getTitle()).isEqualTo("另存.podium");
        assertThat(file(editor).getParent()).isEqualTo(original.getParent());
        assertThat(editor.getTitleToolTip()).isEqualTo(folder.resolve("另存.podium").toString());
        assertThat(ResourcesPlugin.getWorkspace().getRoot().getProjects()).hasSize(projectsBefore.size() + 1);
    }

    @Test
    void aFileInAFolderNotYetOpenOpensThatFolder() throws Exception {
        PodiumEditor editor = openPlan(dir.resolve("外贸出口"));
        Path elsewhere = Files.createDirectories(dir.resolve("备份"));
        answer(elsewhere.resolve("plan.podium"));

        editor.doSaveAs();

        assertThat(Files.readString(elsewhere.resolve("plan.podium"), StandardCharsets.UTF_8)).isEqualTo("// 改过\n" + PLAN);
        assertThat(file(editor).getLocation().toPath()).isEqualTo(elsewhere.resolve("plan.podium"));
        assertThat(file(editor).getParent().getName()).isEqualTo("备份");
        assertThat(Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).map(IProject::getName))
                .contains("外贸出口", "备份");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void aSubfolderMadeOutsidePodiumIsFoundInTheOpenFolder() throws Exception {
        Path folder = dir.resolve("教育");
        PodiumEditor editor = openPlan(folder);
        IFile original = file(editor);
        Path sub = Files.createDirectories(folder.resolve("2005"));
        answer(sub.resolve("plan.podium"));

        editor.doSaveAs();

        assertThat(Files.readString(sub.resolve("plan.podium"), StandardCharsets.UTF_8)).isEqualTo("// 改过\n" + PLAN);
        assertThat(file(editor).getParent().getParent()).isEqualTo(original.getParent());
    }

    @Test
    void cancelledNothingIsWrittenAndTheEditorKeepsItsFileAndChanges() throws Exception {
        Path folder = dir.resolve("固定资产投资");
        PodiumEditor editor = openPlan(folder);
        IFile original = file(editor);
        answer(null);

        editor.doSaveAs();

        assertThat(file(editor)).isEqualTo(original);
        assertThat(editor.isDirty()).isTrue();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plan.podium");
        }
        assertThat(Files.readString(folder.resolve("plan.podium"), StandardCharsets.UTF_8)).isEqualTo(PLAN);
    }

    @Test
    void aPlanDeletedOnDiskIsSavedWhereTheUserChooses() throws Exception {
        Path folder = dir.resolve("利用外资");
        PodiumEditor editor = openPlan(folder);
        Files.delete(folder.resolve("plan.podium"));
        answer(folder.resolve("plan.podium"));

        editor.doSaveAs();

        assertThat(asked).containsExactly(folder.resolve("plan.podium"));
        assertThat(Files.readString(folder.resolve("plan.podium"), StandardCharsets.UTF_8)).isEqualTo("// 改过\n" + PLAN);
        assertThat(editor.isDirty()).isFalse();
    }


    /**
     * The plans beside a plan deleted on disk and saved back keep their own problems: here one error, 唐河县 being
     * declared nowhere, and no second target counted from another folder (PDM-T002), also once another folder of
     * the same name (the project's own area is one) is opened beside it.
     */
    @Test
    void thePlansLinkingToAPlanDeletedAndSavedBackKeepTheirOwnProblems() throws Exception {
        Path folder = dir.resolve("招商引资");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("defs.podium"), """
                plan 招商计划 "2006年招商引资计划" period 2006 as-of 2006-03-31
                indicator 合同外资 "合同外资" unit 万美元 cumulative sum higher-better
                org 新野县 "新野县" county
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("targets.podium"), """
                target 合同外资 新野县 2006: 确保 500 力争 600
                target 合同外资 唐河县 2006: 确保 300 力争 350
                """, StandardCharsets.UTF_8);
        IFolder opened = open(folder);
        PodiumEditor editor = (PodiumEditor) IDE.openEditor(page, opened.getFile("defs.podium"));
        IFile targets = opened.getFile("targets.podium");
        UiWait.until("the error of 唐河县", () -> errors(targets).equals(List.of("2 PDM-L001")));
        document(editor).replace(0, 0, "// 改过\n");
        Files.delete(folder.resolve("defs.podium"));
        answer(folder.resolve("defs.podium"));

        editor.doSaveAs();
        Path another = Files.createDirectories(dir.resolve("另一个").resolve("招商引资"));
        Files.writeString(another.resolve("plan.podium"), PLAN, StandardCharsets.UTF_8);
        open(another);
        page.closeAllEditors(false);

        assertThat(Files.readString(folder.resolve("defs.podium"), StandardCharsets.UTF_8)).startsWith("// 改过\n");
        UiWait.until("the plans validated after the save", () -> PodiumLanguage.runningSession()
                .isValidated(podium.xtext.jface.Uris.of(another.resolve("plan.podium"))));
        UiWait.drain();
        assertThat(errors(targets)).containsExactly("2 PDM-L001");
    }

    private static IFolder open(Path folder) throws Exception {
        AtomicReference<IFolder> opened = new AtomicReference<>();
        ResourcesPlugin.getWorkspace().run(
                monitor -> opened.set(new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(folder, monitor)),
                null);
        return opened.get();
    }

    /** The file's error markers as line and code. */
    private static List<String> errors(IFile file) {
        return ProblemMarkers.errors(file).stream()
                .map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + " " + m.getAttribute(MarkerUpdater.CODE, "")).toList();
    }
}
