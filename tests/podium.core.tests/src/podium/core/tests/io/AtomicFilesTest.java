/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.tests.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.core.io.AtomicFiles;
import podium.core.io.ReadOnlyTargetException;

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
    void aFileKeptBeforeAnImportSurvivesTheSavesAfterIt() throws IOException {
        Path file = dir.resolve("plan.podium");
        AtomicFiles.write(file, "before".getBytes(UTF_8));
        Path kept = AtomicFiles.keepBefore(file, "import", LocalDateTime.of(2004, 9, 10, 15, 30, 59));
        assertThat(kept).isEqualTo(dir.resolve("plan.podium.before-import-2004-09-10T15-30.bak"));
        AtomicFiles.write(file, "imported".getBytes(UTF_8));
        AtomicFiles.write(file, "edited".getBytes(UTF_8));
        AtomicFiles.write(file, "edited again".getBytes(UTF_8));
        assertThat(Files.readString(kept)).isEqualTo("before");
        assertThat(Files.readString(AtomicFiles.backupOf(file))).as("NAME.bak: the last save only").isEqualTo("edited");
    }

    @Test
    void filesKeptInTheSameMinuteGetNamesOfTheirOwn() throws IOException {
        Path file = dir.resolve("actuals.podium");
        LocalDateTime when = LocalDateTime.of(2005, 1, 2, 3, 4);
        List<String> contents = List.of("first", "second", "third");
        List<Path> kept = new ArrayList<>();
        for (String content : contents) {
            AtomicFiles.write(file, content.getBytes(UTF_8));
            kept.add(AtomicFiles.keepBefore(file, "import", when));
        }
        assertThat(kept).extracting(p -> p.getFileName().toString()).containsExactly(
                "actuals.podium.before-import-2005-01-02T03-04.bak", "actuals.podium.before-import-2005-01-02T03-04-2.bak",
                "actuals.podium.before-import-2005-01-02T03-04-3.bak");
        assertThat(kept).extracting(p -> Files.readString(p)).containsExactly("first", "second", "third");
    }

    @Test
    void aSaveThatFailsLeavesNoCopyKeptBeforeIt() throws IOException {
        Path file = dir.resolve("targets.podium");
        AtomicFiles.write(file, "确保 100".getBytes(UTF_8));
        LocalDateTime when = LocalDateTime.of(2004, 3, 6, 9, 0);
        assertThatThrownBy(() -> AtomicFiles.saveKeepingBefore(file, "import", when, () -> {
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(dir).isDirectoryNotContaining("glob:**/*before-import*");

        Path kept = AtomicFiles.saveKeepingBefore(file, "import", when,
                () -> AtomicFiles.write(file, "确保 120".getBytes(UTF_8)));
        assertThat(kept).hasFileName("targets.podium.before-import-2004-03-06T09-00.bak").hasContent("确保 100");
        assertThat(file).hasContent("确保 120");
    }

    @Test
    void nothingIsKeptOfAFileNotWrittenYet() throws IOException {
        assertThat(AtomicFiles.keepBefore(dir.resolve("new.podium"), "import", LocalDateTime.of(2004, 9, 10, 0, 0)))
                .isNull();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aSaveThroughASymbolicLinkReplacesTheLinkedFileAndKeepsTheLink() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path real = Files.writeString(elsewhere.resolve("actuals.podium"), "v1");
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("plans")).resolve("actuals.podium"),
                Path.of("../elsewhere/actuals.podium"));
        AtomicFiles.write(link, "v2".getBytes(UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("v2");
        assertThat(Files.readString(AtomicFiles.backupOf(real))).isEqualTo("v1");
        assertThat(AtomicFiles.backupOf(link)).doesNotExist();

        // a link to a file not made yet makes that file
        Path dangling = Files.createSymbolicLink(dir.resolve("new.podium"), Path.of("elsewhere/new.podium"));
        AtomicFiles.write(dangling, "new".getBytes(UTF_8));
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(elsewhere.resolve("new.podium"))).isEqualTo("new");
    }

    @Test
    void aLinkToAFileInAReadOnlyFolderIsRefusedByTheCheckBeforeAnyWrite() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("actuals.podium"), "v1");
        Path link = Files.createSymbolicLink(dir.resolve("actuals.podium"), Path.of("locked/actuals.podium"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> AtomicFiles.checkWritable(link)).isInstanceOf(ReadOnlyTargetException.class);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(Files.readString(locked.resolve("actuals.podium"))).isEqualTo("v1");
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

    @Test
    void aNewFileGetsThePermissionsOfTheUmaskNotOwnerOnly() throws IOException {
        // umask 022 (this machine, and the usual one) gives rw-r--r--: colleagues on a shared drive can read it
        Path file = dir.resolve("export.csv");
        AtomicFiles.write(file, "a".getBytes(UTF_8));
        Path plain = Files.createFile(dir.resolve("plain.csv"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).startsWith("rw-r");
    }

    @Test
    void anExistingFileKeepsItsMode() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.podium"), "v1");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(file, "v2".getBytes(UTF_8));
        assertThat(Files.readString(file)).isEqualTo("v2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    @Test
    void anExistingFileOfAnotherUserKeepsItsOwnerAndGroup() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root may give a file to another user");
        Path file = Files.writeString(dir.resolve("plan.podium"), "v1");
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName("nobody"));
        view.setGroup(users.lookupPrincipalByGroupName("nogroup"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(file, "v2".getBytes(UTF_8));
        PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
        assertThat(after.owner().getName()).isEqualTo("nobody");
        assertThat(after.group().getName()).isEqualTo("nogroup");
        assertThat(PosixFilePermissions.toString(after.permissions())).isEqualTo("rw-rw-r--");
        assertThat(Files.readString(file)).isEqualTo("v2");
    }

    @Test
    void aReadOnlyFileIsRefusedWithAClearMessageAndKept() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.podium"), "v1");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> AtomicFiles.write(file, "v2".getBytes(UTF_8)))
                .isInstanceOf(ReadOnlyTargetException.class)
                .hasMessage(file + " is read-only; nothing was written (make it writable to save it)");
        assertThat(Files.readString(file)).isEqualTo("v1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
        assertThat(names()).containsExactly("plan.podium");
    }

    @Test
    void aReadOnlyFolderIsRefusedWithAClearMessage() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = Files.writeString(folder.resolve("plan.podium"), "v1");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> AtomicFiles.write(file, "v2".getBytes(UTF_8)))
                    .isInstanceOf(ReadOnlyTargetException.class)
                    .hasMessage("the folder " + folder + " is read-only; " + file + " was not written");
            assertThat(Files.readString(file)).isEqualTo("v1");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aTemporaryFileLeftByAKilledSaveIsRemovedByTheNextAndReported() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.podium"), "v1");
        Path leftover = Files.writeString(dir.resolve(".plan.podium8123456789012345.tmp"), "half of a big fi");
        Path other = Files.writeString(dir.resolve(".other.podium77.tmp"), "not ours");
        List<Path> reported = new ArrayList<>();
        AtomicFiles.addLeftoverListener(reported::add);
        try {
            AtomicFiles.write(file, "v2".getBytes(UTF_8));
        } finally {
            AtomicFiles.removeLeftoverListener(reported::add);
        }
        assertThat(reported).containsExactly(leftover.toAbsolutePath());
        assertThat(leftover).doesNotExist();
        assertThat(other).exists();
        assertThat(names()).containsExactlyInAnyOrder("plan.podium", "plan.podium.bak", ".other.podium77.tmp");
    }

    @Test
    void aTemporaryFileOfASaveInProgressIsLeftAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.podium"), "v1");
        Path busy = Files.writeString(dir.resolve(".plan.podium42.tmp"), "being written");
        try (FileChannel channel = FileChannel.open(busy, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            assertThat(AtomicFiles.leftovers(file)).isEmpty();
            AtomicFiles.write(file, "v2".getBytes(UTF_8));
            assertThat(busy).exists();
        }
        assertThat(AtomicFiles.leftovers(file)).containsExactly(busy.toAbsolutePath());
    }

    @Test
    void aFullDiskLeavesTheFileAndNoTemporaryFile() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), "64k")) {
            assumeTrue(disk != null, "cannot mount a small tmpfs here (needs root)");
            Path file = Files.writeString(disk.path().resolve("plan.podium"), "original");
            IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> AtomicFiles.write(file, new byte[256 * 1024]));
            assertThat(AtomicFiles.describe(failure)).isEqualTo("the disk is full");
            assertThat(Files.readString(file)).isEqualTo("original");
            try (var files = Files.list(disk.path())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plan.podium");
            }
        }
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
