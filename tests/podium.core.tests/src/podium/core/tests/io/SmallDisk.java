/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core.tests.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A small tmpfs mounted for a test, so that a write really meets a full disk; needs root. */
public final class SmallDisk implements AutoCloseable {

    private final Path path;

    private SmallDisk(Path path) {
        this.path = path;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "64k") at {@code path}, or returns null when the machine does not allow it. */
    public static SmallDisk mount(Path path, String size) throws IOException, InterruptedException {
        Files.createDirectories(path);
        if (!"root".equals(System.getProperty("user.name"))) {
            return null;
        }
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", path.toString())
                .redirectErrorStream(true).start();
        mount.getInputStream().readAllBytes();
        return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0 ? new SmallDisk(path) : null;
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", path.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
}
