/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.tests.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.io.AtomicFiles;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesNewFileWithoutBackup() throws IOException {
        Path file = dir.resolve("plan.podium");
        AtomicFiles.write(file, "目标".getBytes(UTF_8));
        assertThat(Files.readString(file)).isEqualTo("目标");
        assertThat(AtomicFiles.backupOf(file)).doesNotExist();
    }

    @Test
    void keepsPreviousContentAsBackup() throws IOException {
        Path file = dir.resolve("plan.podium");
        AtomicFiles.write(file, "v1".getBytes(UTF_8));
        AtomicFiles.write(file, "v2".getBytes(UTF_8));
        assertThat(Files.readString(file)).isEqualTo("v2");
        assertThat(Files.readString(AtomicFiles.backupOf(file))).isEqualTo("v1");
    }

    @Test
    void failureHalfwayLeavesOldFileIntactAndNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("plan.podium");
        AtomicFiles.write(file, "original".getBytes(UTF_8));
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of the new con".getBytes(UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("original");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plan.podium");
        }
    }

    @Test
    void createsMissingParentFolders() throws IOException {
        Path file = dir.resolve("a/b/c.xmi");
        AtomicFiles.write(file, new byte[] { 1, 2, 3 });
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    }
}
