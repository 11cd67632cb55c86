/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The folder a command's relative paths are relative to: the process's own, except in the daemon, which
 * runs each command for a client in another folder (Java cannot change its working folder). Paths are
 * still shown as the user typed them.
 */
public final class WorkingDirectory {

    private static final ThreadLocal<Path> CURRENT = new ThreadLocal<>();

    private WorkingDirectory() {
    }

    /** The path as the command must open it: resolved against the client's folder in the daemon. */
    public static Path resolve(Path path) {
        Path base = CURRENT.get();
        return base == null ? path : base.resolve(path);
    }

    /** The client's folder, or the process's. */
    public static Path current() {
        Path base = CURRENT.get();
        return base == null ? Path.of("").toAbsolutePath() : base; //$NON-NLS-1$
    }

    /** Runs a command with relative paths taken from {@code folder}. */
    public static <T> T with(Path folder, Supplier<T> command) {
        Path before = CURRENT.get();
        CURRENT.set(folder);
        try {
            return command.get();
        } finally {
            CURRENT.set(before);
        }
    }
}
