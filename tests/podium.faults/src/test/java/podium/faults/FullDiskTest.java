/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.io.AtomicFiles;

/**
 * A full disk: a failure injected at random points of the content (always), and a real small tmpfs
 * filled to different levels (where the machine allows mounting one): the save fails with "the disk is
 * full", the file and its backup keep their content, and no temporary file is left; {@code podium format}
 * says so and exits 1.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFailureAtAnyPointOfTheContentLeavesTheFileAndBackupAndNoTemporaryFile() throws IOException {
        Random random = new Random(15);
        Path file = Files.writeString(dir.resolve("plan.podium"), "first");
        AtomicFiles.write(file, "second".getBytes(StandardCharsets.UTF_8));
        byte[] content = new byte[256 * 1024];
        for (int run = 0; run < 200; run++) {
            int failAt = random.nextInt(content.length + 1);
            IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
                out.write(content, 0, failAt);
                throw new IOException("No space left on device");
            }));
            assertThat(AtomicFiles.describe(failure)).isEqualTo("the disk is full");
            assertThat(Files.readString(file)).isEqualTo("second");
            assertThat(Files.readString(AtomicFiles.backupOf(file))).isEqualTo("first");
            assertThat(Folder.names(dir)).containsExactly("plan.podium", "plan.podium.bak");
        }
    }

    @Test
    void aRealFullDiskAtEveryFillLevelKeepsTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path disk = mount("size=256k");
        try {
            Path file = disk.resolve("plan.podium");
            byte[] old = "old content\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int filler = 0; filler <= 240; filler += 16) {
                Files.deleteIfExists(disk.resolve("filler"));
                Files.deleteIfExists(AtomicFiles.backupOf(file));
                Files.write(file, old);
                Files.write(disk.resolve("filler"), new byte[filler * 1024 - Math.min(filler * 1024, old.length)]);
                byte[] bigger = new byte[(256 - filler) * 1024 + 4096];
                IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, bigger));
                assertThat(AtomicFiles.describe(failure)).as("filler %d KiB", filler).isEqualTo("the disk is full");
                assertThat(Files.readAllBytes(file)).as("filler %d KiB", filler).isEqualTo(old);
                assertThat(Folder.names(disk)).as("filler %d KiB", filler).containsExactly("filler", "plan.podium");
            }
        } finally {
            unmount(disk);
        }
    }

    @Test
    void noInodeLeftForTheTemporaryFileKeepsTheFile() throws Exception {
        Path disk = mount("size=1m,nr_inodes=3");
        try {
            Path file = Files.writeString(disk.resolve("plan.podium"), "old");
            Files.writeString(disk.resolve("other"), "x"); // the last inode: the temporary file gets none
            IOException failure = assertThrows(IOException.class,
                    () -> AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8)));
            assertThat(AtomicFiles.describe(failure)).isEqualTo("the disk is full");
            assertThat(Files.readString(file)).isEqualTo("old");
            assertThat(Folder.names(disk)).containsExactly("other", "plan.podium");
        } finally {
            unmount(disk);
        }
    }

    @Test
    void formatOnAFullDiskSaysSoAndKeepsTheFile() throws Exception {
        Path disk = mount("size=64k");
        try {
            // statements laid out badly: formatting rewrites the whole file, which needs more room than is left
            StringBuilder body = new StringBuilder("namespace 南阳\n");
            for (int i = 0; i < 600; i++) {
                body.append("org   o").append(i).append("    \"单位\"    district\n");
            }
            Path file = Files.writeString(disk.resolve("orgs.podium"), body, StandardCharsets.UTF_8);
            long free = Files.getFileStore(disk).getUsableSpace();
            Files.write(disk.resolve("filler"), new byte[(int) Math.max(0, free - Files.size(file) / 2)]);
            KillDuringFormatTest.Result result = KillDuringFormatTest.format(file);
            assertThat(result.code()).isEqualTo(1);
            assertThat(result.err()).contains(file + ": cannot write: the disk is full (file unchanged)");
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(body.toString());
            assertThat(Folder.names(disk)).containsExactly("filler", "orgs.podium");
        } finally {
            unmount(disk);
        }
    }

    /** A tmpfs with {@code options} (root only); the test is skipped where the machine does not allow it. */
    private Path mount(String options) throws IOException, InterruptedException {
        Path path = Files.createDirectory(dir.resolve("disk"));
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small tmpfs needs root");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", path.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0, "cannot mount a tmpfs: " + output);
        return path;
    }

    private static void unmount(Path path) throws IOException, InterruptedException {
        new ProcessBuilder("umount", path.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
}
