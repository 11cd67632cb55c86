/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.ui.internal.workspace.LinkedFolders;

/** {@code --open DIR}: DIR appears in the workspace, is reused on later starts and is never written to. */
class LinkedFoldersTest {
    private final IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
    private final LinkedFolders folders = new LinkedFolders(root);

    @TempDir
    Path temp;

    @AfterEach
    void deleteProjects() throws CoreException {
        for (IProject project : root.getProjects()) {
            if (project.getName().startsWith("plans")) {
                // Only the project's own area is deleted; linked folders' targets are left alone.
                project.delete(true, true, null);
            }
        }
    }

    @Test
    void folderAppearsAsAProjectWithItsFilesAndNothingIsWrittenIntoIt() throws Exception {
        Path dir = folderWithFiles(temp.resolve("plans"));
        List<Path> before = listing(dir);

        IFolder folder = folders.open(dir, null);

        assertThat(folder.getProject().getName()).isEqualTo("plans");
        assertThat(folder.isLinked()).isTrue();
        assertThat(folder.getFile("targets.podium").exists()).isTrue();
        assertThat(folder.getFolder("2026").getFile("august.xmi").exists()).isTrue();
        assertThat(listing(dir)).isEqualTo(before);
    }

    @Test
    void laterStartsReuseTheProjectAndSeeNewFiles() throws Exception {
        Path dir = folderWithFiles(temp.resolve("plans"));
        IFolder first = folders.open(dir, null);
        Files.writeString(dir.resolve("added-outside.podium"), "x");
        // As after a restart: the project description is read back from disk.
        first.getProject().close(null);
        first.getProject().open(null);

        IFolder second = folders.open(dir, null);

        assertThat(second).isEqualTo(first);
        assertThat(second.getFile("added-outside.podium").exists()).isTrue();
        assertThat(Stream.of(root.getProjects()).filter(p -> p.getName().startsWith("plans"))).hasSize(1);
    }

    @Test
    void anotherFolderWithTheSameNameGetsItsOwnProject() throws Exception {
        IFolder a = folders.open(folderWithFiles(temp.resolve("a/plans")), null);
        IFolder b = folders.open(folderWithFiles(temp.resolve("b/plans")), null);

        assertThat(a.getProject().getName()).isEqualTo("plans");
        assertThat(b.getProject().getName()).isEqualTo("plans (2)");
        assertThat(b.getLocation().toFile().toPath()).isEqualTo(temp.resolve("b/plans").toRealPath());
    }

    @Test
    void filesPutIntoTheProjectBelongInTheUserFolder() throws Exception {
        IFolder folder = folders.open(folderWithFiles(temp.resolve("plans")), null);
        IProject project = folder.getProject();

        assertThat(LinkedFolders.userFolder(project)).isEqualTo(folder);
        assertThat(LinkedFolders.userFolder(folder.getFolder("2026"))).isEqualTo(folder.getFolder("2026"));
        assertThat(LinkedFolders.isBookkeeping(project.getFolder(".settings"))).isTrue();
        assertThat(LinkedFolders.isBookkeeping(folder.getFolder("2026"))).isFalse();
        assertThat(LinkedFolders.isBookkeeping(project)).isFalse();
    }

    @Test
    void aFolderNamedLikeASecondProjectIsStillFound() throws Exception {
        IFolder folder = folders.open(folderWithFiles(temp.resolve("plans (2)")), null);

        assertThat(folder.getProject().getName()).isEqualTo("plans (2)");
        assertThat(LinkedFolders.userFolderOf(folder.getProject())).isEqualTo(folder);
    }

    @Test
    void aProjectOfItsOwnIsLeftAsItIs() throws Exception {
        IProject plain = root.getProject("plans-plain");
        plain.create(null);
        plain.open(null);

        assertThat(LinkedFolders.userFolderOf(plain)).isNull();
        assertThat(LinkedFolders.userFolder(plain)).isEqualTo(plain);
        assertThat(LinkedFolders.isBookkeeping(plain.getFolder("speeches"))).isFalse();
        assertThat(LinkedFolders.shownPath(plain.getFile("plan.podium"))).isEqualTo("/plans-plain/plan.podium");
    }

    @Test
    void aFileInTheUserFolderIsShownByItsPathOnDisk() throws Exception {
        Path dir = folderWithFiles(temp.resolve("plans"));
        IFolder folder = folders.open(dir, null);

        assertThat(LinkedFolders.shownPath(folder.getFile("targets.podium")))
                .isEqualTo(dir.toRealPath().resolve("targets.podium").toString());
        assertThat(LinkedFolders.shownPath(folder)).isEqualTo(dir.toRealPath().toString());
    }

    private static Path folderWithFiles(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("2026"));
        Files.writeString(dir.resolve("targets.podium"), "确保 2800 万美元");
        Files.writeString(dir.resolve("2026/august.xmi"), "<xmi/>");
        return dir;
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }
}
