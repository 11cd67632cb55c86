/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.testing.UiWait;
import podium.ui.ToolWindows;
import podium.ui.internal.workspace.OpenFolderJob;

/** What {@code --open DIR} does at start-up: DIR is linked in the background and revealed in the explorer. */
class OpenFolderJobTest {
    @TempDir
    Path temp;

    private final IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("opened");

    @AfterEach
    void deleteProject() throws Exception {
        project.delete(true, true, null);
    }

    @Test
    void openedFolderIsExpandedInTheExplorer() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("opened"));
        Files.writeString(dir.resolve("plan.podium"), "计划");
        CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(ToolWindows.EXPLORER);

        Job job = new OpenFolderJob(dir, Workbench.window(), new StatusLineManager());
        job.schedule();

        IFolder folder = project.getFolder("opened");
        UiWait.until("the job is done", () -> job.getState() == Job.NONE);
        UiWait.until("the folder (shown as its project) is expanded in the explorer",
                () -> explorer.getCommonViewer().getExpandedState(project));
        assertThat(folder.getFile("plan.podium").exists()).isTrue();
    }
}
