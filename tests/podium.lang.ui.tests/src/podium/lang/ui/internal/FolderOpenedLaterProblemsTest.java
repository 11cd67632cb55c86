/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import podium.testing.Folders;
import podium.testing.UiWait;
import podium.ui.internal.workspace.LinkedFolders;

/**
 * A folder opened once the language server runs (podium --open on a first start, File ▸ Open Folder)
 * gets its problems as well: the server learns of the new project and its linked folder, made in one
 * workspace operation as the workbench makes them; and so does another folder of the same name opened
 * after the first one's project was deleted.
 */
class FolderOpenedLaterProblemsTest {
    private IFolder folder;

    @AfterEach
    void deleteProject() throws CoreException {
        folder.getProject().delete(true, true, null);
    }

    @Test
    void theExamplesOpenedAfterTheServerStartedGetTheirWarning() throws Exception {
        UiWait.until("the language server started with the workbench", () -> PodiumLanguage.runningSession() != null);
        folder = opened(Folders.examplesCopy("opened-later"));

        assertTheWarningOfPlanIn(folder);
    }

    @Test
    void anotherFolderOfTheSameNameOpenedAfterTheFirstProjectWasDeletedGetsItsWarning() throws Exception {
        UiWait.until("the language server started with the workbench", () -> PodiumLanguage.runningSession() != null);
        IFolder first = opened(Folders.examplesCopy("first"));
        assertTheWarningOfPlanIn(first);
        first.getProject().delete(true, true, null);

        folder = opened(Folders.examplesCopy("second")); // also named examples

        assertTheWarningOfPlanIn(folder);
    }

    private static IFolder opened(Path dir) throws CoreException {
        AtomicReference<IFolder> opened = new AtomicReference<>();
        ResourcesPlugin.getWorkspace().run(monitor -> opened.set(new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(dir, monitor)), null);
        return opened.get();
    }

    /** examples/plan.podium line 40: the 确保 shares add up to 8015 万美元 against a target of 8000 (podium validate examples). */
    private static void assertTheWarningOfPlanIn(IFolder examples) {
        IFile plan = examples.getFile("plan.podium");
        UiWait.until("the warning on " + plan.getLocation(), () -> warnings(plan).equals(List.of("40 PDM-D001")));
        assertThat(warnings(plan)).containsExactly("40 PDM-D001");
    }

    private static List<String> warnings(IFile file) {
        return ProblemMarkers.all(file).stream().filter(IMarker::exists)
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING)
                .map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + " " + m.getAttribute(MarkerUpdater.CODE, "")).toList();
    }
}
