/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.testing.UiWait;
import podium.ui.ToolWindows;
import podium.ui.internal.workspace.OpenFolderJob;

/** An opened folder appears once in the explorer (no examples › examples), and reveal still finds its files. */
class ExplorerShowsFolderOnceTest {
    @TempDir
    Path temp;

    private final IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("plans");
    private CommonNavigator explorer;
    private IFolder folder;

    @BeforeEach
    void openFolder() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("plans"));
        Files.writeString(dir.resolve("plan.podium"), "计划");
        Files.createDirectories(dir.resolve("districts"));
        Files.writeString(dir.resolve("districts/east.podium"), "东区");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        explorer = (CommonNavigator) page.showView(ToolWindows.EXPLORER);
        Job job = new OpenFolderJob(dir, PlatformUI.getWorkbench().getActiveWorkbenchWindow(), new StatusLineManager());
        job.schedule();
        UiWait.until("the folder is linked", () -> job.getState() == Job.NONE);
        folder = project.getFolder("plans");
        UiWait.drain();
    }

    @AfterEach
    void deleteProject() throws Exception {
        project.delete(true, true, null);
    }

    @Test
    void theProjectShowsTheFolderContentsDirectly() {
        explorer.getCommonViewer().expandToLevel(project, 1);
        UiWait.drain();

        TreeItem item = item(explorer.getCommonViewer().getTree().getItems(), project);
        assertThat(item).as("the project at the top").isNotNull();
        assertThat(Arrays.stream(item.getItems()).map(TreeItem::getData).toList())
                .containsExactly(folder.getFolder("districts"), folder.getFile("plan.podium"));
    }

    @Test
    void revealFindsAFileTwoLevelsDown() {
        IFile east = folder.getFile("districts/east.podium");

        explorer.selectReveal(new StructuredSelection(east));
        UiWait.drain();

        assertThat(((IStructuredSelection) explorer.getCommonViewer().getSelection()).toList()).containsExactly(east);
        assertThat(explorer.getCommonViewer().getTree().getSelection()[0].getParentItem().getParentItem().getData())
                .isEqualTo(project);
    }

    @Test
    void aFileAddedOnDiskAppearsBesideTheOthers() throws Exception {
        explorer.getCommonViewer().expandToLevel(project, 1);
        Files.writeString(folder.getLocation().toPath().resolve("new.podium"), "新");

        folder.refreshLocal(IResource.DEPTH_ONE, null);

        UiWait.until("the new file is a child of the project", () -> {
            TreeItem item = item(explorer.getCommonViewer().getTree().getItems(), project);
            List<Object> children = item == null ? List.of() : Arrays.stream(item.getItems()).map(TreeItem::getData).toList();
            return children.contains(folder.getFile("new.podium"));
        });
    }

    private static TreeItem item(TreeItem[] items, Object data) {
        return Arrays.stream(items).filter(i -> data.equals(i.getData())).findFirst().orElse(null);
    }
}
