/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The user's own folders for the result cache and the daemon's socket (XDG base directories), created
 * private (mode 0700) and refused when another user owns them or can write into them: what is read
 * from there is printed as Podium's answer. Plain Java: the launcher's client runs it before Equinox.
 */
public final class UserFolders {

    private UserFolders() {
    }

    /** {@code $XDG_CACHE_HOME/podium}, else {@code ~/.cache/podium}. */
    public static Path cache(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME"); //$NON-NLS-1$
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache"); //$NON-NLS-1$ //$NON-NLS-2$
        return base.resolve("podium"); //$NON-NLS-1$
    }

    /** {@code $XDG_RUNTIME_DIR/podium} (a per-user tmpfs), else the cache folder's {@code daemon}. */
    public static Path runtime(Map<String, String> environment) {
        String xdg = environment.get("XDG_RUNTIME_DIR"); //$NON-NLS-1$
        if (xdg != null && Path.of(xdg).isAbsolute() && Files.isDirectory(Path.of(xdg))) {
            return Path.of(xdg, "podium"); //$NON-NLS-1$
        }
        return cache(environment).resolve("daemon"); //$NON-NLS-1$
    }

    /**
     * Creates the folder (and its parents) private to the user, or checks an existing one.
     *
     * @throws IOException when it cannot be created or is not the user's alone
     */
    public static Path privateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))); //$NON-NLS-1$
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // created by a run at the same time: checked below like any existing folder
            }
        }
        PosixFileAttributes attributes = Files.getFileAttributeView(folder, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .readAttributes();
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (!attributes.isDirectory() || !attributes.owner().getName().equals(System.getProperty("user.name")) //$NON-NLS-1$
                || permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ)) {
            throw new NotPrivateException(folder, System.getProperty("user.name")); //$NON-NLS-1$
        }
        return folder;
    }

    /**
     * A folder another user owns or may read or write in. Worded by whoever prints it: the launcher's client
     * in the language it was given, Equinox's commands in the default locale that {@code -nl} sets.
     */
    public static final class NotPrivateException extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Path folder;
        private final String user;

        NotPrivateException(Path folder, String user) {
            this.folder = folder;
            this.user = user;
        }

        /** The message in {@code language} ({@code zh_CN}, {@code en}). */
        public String message(String language) {
            return LaunchMessages.format(language, "notPrivate", folder, user); //$NON-NLS-1$
        }

        @Override
        public String getMessage() {
            return message(Locale.getDefault().toLanguageTag());
        }
    }
}
