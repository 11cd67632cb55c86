/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Saves that never lose the user's data: the new content goes to a temporary file in the same
 * folder, is forced to disk, gets the mode, owner and group of the file it replaces, and only then is
 * renamed over the target; the previous content is kept as {@code NAME.bak}. A crash at any point
 * leaves either the old or the new file, never half of one, and the temporary file a killed save
 * leaves behind is removed by the next save of the same file. A read-only target or folder is
 * refused before anything is written ({@link ReadOnlyTargetException}). See docs/reliability.md.
 */
public final class AtomicFiles {

    /** Writes the content of a file; the writer must not close the stream. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A save that writes the file itself (through {@link #write}). */
    @FunctionalInterface
    public interface Save {
        void run() throws IOException;
    }

    /** The occasion of {@link #keepBefore} for what an import changes: {@code NAME.before-import-<time>.bak}. */
    public static final String IMPORT = "import"; //$NON-NLS-1$

    /** Told about each temporary file of an interrupted save that a later save removed. */
    private static final List<Consumer<Path>> LEFTOVER_LISTENERS = new CopyOnWriteArrayList<>();

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Minutes, as a planner reads them; no colons, which Windows does not take in file names. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm");

    private AtomicFiles() {
    }

    /** Atomically replaces {@code target} with the given bytes, keeping one backup. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Atomically replaces {@code target} with what {@code writer} produces, keeping one backup. A new
     * file gets the permissions the user's umask gives; an existing one keeps its mode, owner and group.
     *
     * @throws ReadOnlyTargetException when the target or its folder is read-only, or the target's owner
     *         could not be kept; nothing was written
     * @throws IOException when writing failed (a full disk, for example); the target is unchanged
     */
    public static void write(Path target, ContentWriter writer) throws IOException {
        Path absolute = throughLinks(target.toAbsolutePath());
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        checkWritable(absolute);
        removeLeftovers(absolute);
        Path tmp = dir.resolve(temporaryName(absolute));
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel);
                    FileLock lock = channel.lock()) {
                writer.write(out);
                out.flush();
                channel.force(true);
                if (Files.exists(absolute)) {
                    keepAttributes(absolute, tmp);
                    backUp(absolute);
                }
                move(tmp, absolute);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The file a symbolic link stands for, so that a save replaces that file and the link stays (renaming
     * over the link would replace it with a file of its own, and the linked file would stay behind); a link
     * to a file that does not exist yet names the file to create. Other paths are returned as they are.
     */
    private static Path throughLinks(Path absolute) throws IOException {
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        return throughLinks(absolute.getParent().resolve(Files.readSymbolicLink(absolute)).normalize());
    }

    /**
     * Refuses a target that is a folder, a read-only file (one the process may not write, or whose
     * mode denies its owner writing: root may write anywhere, but a file marked 444 is meant to stay),
     * or a new file in a read-only folder; a symbolic link is judged by the file it stands for, which a save replaces.
     */
    public static void checkWritable(Path target) throws ReadOnlyTargetException {
        Path absolute;
        try {
            absolute = throughLinks(target.toAbsolutePath());
        } catch (IOException e) {
            absolute = target.toAbsolutePath(); // a link that cannot be followed (a loop) fails when it is written
        }
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new ReadOnlyTargetException(target, ReadOnlyTargetException.Reason.IS_FOLDER, null);
        }
        if (Files.exists(absolute) && !writable(absolute)) {
            throw new ReadOnlyTargetException(target, ReadOnlyTargetException.Reason.FILE_READ_ONLY, null);
        }
        if (dir != null && Files.isDirectory(dir) && !writable(dir)) {
            throw new ReadOnlyTargetException(target, ReadOnlyTargetException.Reason.FOLDER_READ_ONLY, dir);
        }
    }

    /**
     * Why a save failed, in words for the user: a read-only target, a full disk, a read-only file
     * system, a denied permission; never a class name alone.
     */
    public static String describe(IOException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (failure instanceof ReadOnlyTargetException) {
            return message;
        }
        if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
            return Messages.Failure_diskFull;
        }
        if (message.contains("Read-only file system")) {
            return Messages.Failure_readOnlyFileSystem;
        }
        if (failure instanceof java.nio.file.AccessDeniedException denied) {
            return Messages.format(Messages.Failure_permissionDenied, denied.getFile());
        }
        return message.isEmpty() ? failure.getClass().getSimpleName() : message;
    }

    /** The backup kept beside {@code target} by the last save. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * Keeps the current content of {@code target} as {@code NAME.before-OCCASION-yyyy-MM-ddTHH-mm.bak}
     * ({@code -2}, {@code -3}, ... after it for more in the same minute), a file no later save replaces:
     * {@link #backupOf} holds the previous save only, so the first save after an import would take the
     * plan as it was before the import away. The file stays until the user deletes it. Like
     * {@code NAME.bak} it is a second link to the content (saves replace the target by renaming, never
     * write into it), else a copy. Returns it, or null when {@code target} does not exist.
     */
    public static Path keepBefore(Path target, String occasion, LocalDateTime when) throws IOException {
        Path absolute = throughLinks(target.toAbsolutePath());
        if (!Files.isRegularFile(absolute)) {
            return null;
        }
        String stem = absolute.getFileName() + ".before-" + occasion + "-" + STAMP.format(when);
        for (int n = 1;; n++) {
            Path kept = absolute.resolveSibling(stem + (n == 1 ? "" : "-" + n) + ".bak");
            if (!Files.exists(kept, LinkOption.NOFOLLOW_LINKS) && keepAs(absolute, kept)) {
                syncDirectory(absolute.getParent());
                return kept;
            }
        }
    }

    /**
     * Runs {@code save} of {@code target} after keeping its current content ({@link #keepBefore}); when the save
     * fails the file is unchanged, and the kept copy is removed again. Returns the kept copy, or null for a new file.
     */
    public static Path saveKeepingBefore(Path target, String occasion, LocalDateTime when, Save save) throws IOException {
        Path kept = keepBefore(target, occasion, when);
        try {
            save.run();
        } catch (IOException | RuntimeException e) {
            if (kept != null) {
                Files.deleteIfExists(kept); // the file is unchanged: a copy of it would only be clutter
            }
            throw e;
        }
        return kept;
    }

    /** Puts a backup of {@code absolute} in place as {@code kept}; false when another save took that name first. */
    private static boolean keepAs(Path absolute, Path kept) throws IOException {
        Path tmp = linkOrCopy(absolute);
        try {
            Files.move(tmp, kept); // no REPLACE_EXISTING: a name taken meanwhile is not overwritten
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Tells {@code listener} about each temporary file left by an interrupted save (a killed process)
     * that a save removes; commands print it, so that the user knows what was cleaned up.
     */
    public static void addLeftoverListener(Consumer<Path> listener) {
        LEFTOVER_LISTENERS.add(listener);
    }

    public static void removeLeftoverListener(Consumer<Path> listener) {
        LEFTOVER_LISTENERS.remove(listener);
    }

    /**
     * The temporary files of saves of {@code target} that no running save holds: those of a process
     * that was killed. A save in progress keeps a lock on its temporary file, which the system releases
     * when the process ends.
     */
    public static List<Path> leftovers(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Pattern pattern = leftoverPattern(absolute);
        List<Path> found = new java.util.ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute.getParent(),
                p -> pattern.matcher(p.getFileName().toString()).matches())) {
            for (Path candidate : entries) {
                if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS) && !inUse(candidate)) {
                    found.add(candidate);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        found.sort(null);
        return found;
    }

    private static void removeLeftovers(Path absolute) throws IOException {
        for (Path leftover : leftovers(absolute)) {
            if (Files.deleteIfExists(leftover)) {
                LEFTOVER_LISTENERS.forEach(l -> l.accept(leftover));
            }
        }
    }

    /** {@code .NAME<digits>.tmp}: this class's temporary files (and those of earlier versions, made the same way). */
    private static Pattern leftoverPattern(Path absolute) {
        return Pattern.compile(Pattern.quote("." + absolute.getFileName()) + "(\\.bak)?-?\\d+\\.tmp");
    }

    private static String temporaryName(Path absolute) {
        return "." + absolute.getFileName() + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp";
    }

    private static boolean inUse(Path candidate) {
        try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // a save of this process holds it
        } catch (IOException e) {
            return true; // cannot tell: leave it alone
        }
    }

    /** Writable, and not marked read-only for its owner. */
    private static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    /** Gives the new file the mode, owner and group of the one it replaces; refuses when the owner cannot be kept. */
    private static void keepAttributes(Path original, Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        if (view == null) {
            return; // not a POSIX file system: nothing to keep
        }
        PosixFileAttributes before;
        try {
            before = Files.readAttributes(original, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return;
        }
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.group().equals(before.group())) {
                view.setGroup(before.group());
            }
            if (!now.owner().equals(before.owner())) {
                view.setOwner(before.owner());
            }
        } catch (FileSystemException e) {
            throw new ReadOnlyTargetException(original, ReadOnlyTargetException.Reason.OTHER_OWNER, null);
        }
        view.setPermissions(before.permissions());
    }

    /** Keeps the current content as NAME.bak, renamed into place over the one before. */
    private static void backUp(Path absolute) throws IOException {
        Path tmp = linkOrCopy(absolute);
        try {
            move(tmp, backupOf(absolute));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The current content of {@code absolute} under a temporary name beside it, for a backup to be renamed
     * from: a second link to it (no copy; saves replace the file by renaming, never write into it), else a
     * copy written to disk, so that a crash leaves no half backup.
     */
    private static Path linkOrCopy(Path absolute) throws IOException {
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + ".bak"
                + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
        try {
            Files.createLink(tmp, absolute);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(absolute, tmp, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
        return tmp;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        // Makes the rename itself durable on POSIX file systems; not supported everywhere.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the data itself is already on disk
        }
    }
}
