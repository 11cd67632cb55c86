/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import podium.core.Problem;
import podium.inspections.builtin.IssueCodes;
import podium.lang.tools.PodiumWorkspace;

/**
 * The arguments of a command as users type them: a folder and a file in it ({@code podium validate . *.podium}),
 * one folder by two paths, a folder with a subfolder they may not read.
 */
class NamedTwiceTest {
    @TempDir
    Path root;
    private Path work;

    @BeforeEach
    void workspace() throws IOException {
        work = Files.createDirectories(root.resolve("县局"));
        Files.writeString(work.resolve("a-orgs.podium"), "org 甲市 \"甲市\" {\n  org 乙县 \"乙县\"\n}\n");
        // one real problem, so that "nothing reported" cannot pass for "nothing read"
        Files.writeString(work.resolve("b-groups.podium"), "group 全县 size 0\n");
    }

    private List<Problem> validate(Path... arguments) {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        for (Path argument : arguments) {
            workspace.add(argument);
        }
        assertThat(workspace.files()).as("each file once").hasSize(2);
        return workspace.validate();
    }

    @Test
    void aFolderAndAFileInItReadTheFileOnce() {
        assertThat(validate(work, work.resolve("a-orgs.podium"))).extracting(Problem::code)
                .containsExactly(IssueCodes.GROUP_SIZE_INVALID);
    }

    @Test
    void oneFolderByTwoPathsIsOneWorkspace() throws IOException {
        Path again = root.resolve("link");
        Files.createSymbolicLink(again, work);
        assertThat(validate(work, root.resolve("县局/../县局"), again)).extracting(Problem::code)
                .containsExactly(IssueCodes.GROUP_SIZE_INVALID);
    }

    @Test
    void aModelInAFolderNamedTwiceIsListedOnceAmongTheSkippedModels() throws IOException {
        Files.writeString(work.resolve("copy.xmi"), "<?xml version=\"1.0\"?>\n<x/>\n");
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.add(work, "县局");
        workspace.add(root.resolve("县局/."), "县局/.");
        assertThat(workspace.skippedModels()).containsExactly(Path.of("县局/copy.xmi"));
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedAsTooLargeWhereItStarts() {
        PodiumWorkspace workspace = PodiumWorkspace.create();
        workspace.add(Path.of("/dev/zero"));
        assertThat(workspace.files()).isEmpty();
        assertThat(workspace.validate()).singleElement().satisfies(p -> assertThat(p.format())
                .isEqualTo("/dev/zero:1:1: error PDM-X006 not read: it is not a file but a device or a pipe, and it goes on beyond 16 MiB"));
    }

    @Test
    @DisabledIfSystemProperty(named = "user.name", matches = "root", disabledReason = "root reads every folder")
    void aSubfolderThatCannotBeReadIsOneProblemAndTheOtherFilesAreStillChecked() throws IOException {
        Path locked = Files.createDirectories(work.resolve("speeches"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            PodiumWorkspace workspace = PodiumWorkspace.create();
            workspace.add(work);
            List<Problem> problems = workspace.validate();
            assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder(IssueCodes.UNREADABLE,
                    IssueCodes.GROUP_SIZE_INVALID);
            assertThat(problems).filteredOn(p -> p.code().equals(IssueCodes.UNREADABLE)).singleElement()
                    .satisfies(p -> assertThat(p.format()).startsWith(locked + ":1:1: error PDM-X003 cannot read this folder"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
