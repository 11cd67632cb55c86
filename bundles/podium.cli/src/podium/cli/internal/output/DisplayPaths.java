/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.output;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import podium.cli.internal.WorkingDirectory;

/**
 * How every command prints a path: relative to the working directory when the file is inside it,
 * absolute otherwise (a {@code ../../tmp/x} would be harder to read than {@code /tmp/x}), whatever
 * form the user gave it in.
 */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    public static String of(Path path) {
        // the daemon runs each command for a client in another folder: WorkingDirectory knows which
        Path here = WorkingDirectory.current().toAbsolutePath().normalize();
        Path absolute = WorkingDirectory.resolve(path).toAbsolutePath().normalize();
        if (absolute.equals(here)) {
            return "."; //$NON-NLS-1$
        }
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** A path as a problem names it; anything that is not a file path ("-" for standard input, a URI) stays as it is. */
    public static String of(String path) {
        if (path.isEmpty() || path.equals("-") || path.contains(":/")) { //$NON-NLS-1$ //$NON-NLS-2$
            return path;
        }
        try {
            return of(Path.of(path));
        } catch (InvalidPathException e) {
            return path;
        }
    }
}
