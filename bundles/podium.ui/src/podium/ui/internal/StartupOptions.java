/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench's own program arguments: {@code --open DIR} shows DIR in the explorer.
 *
 * @param openDir  the folder to show, as its real path, if one was given and exists
 * @param warnings what was wrong with the arguments, to be logged; never fatal
 */
public record StartupOptions(Optional<Path> openDir, List<String> warnings) {

    static final String OPEN = "--open"; //$NON-NLS-1$

    /** Reads the arguments the launcher passed through; unknown ones belong to Eclipse and are ignored. */
    public static StartupOptions parse(String[] args, Path workingDir) {
        List<String> warnings = new ArrayList<>();
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            if (OPEN.equals(args[i])) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) { //$NON-NLS-1$
                    warnings.add(Messages.StartupOptions_missingDir);
                    continue;
                }
                dir = resolve(args[++i], workingDir, warnings);
            }
        }
        return new StartupOptions(Optional.ofNullable(dir), List.copyOf(warnings));
    }

    private static Path resolve(String arg, Path workingDir, List<String> warnings) {
        Path dir = workingDir.resolve(arg).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            warnings.add(NLS.bind(Messages.StartupOptions_notADir, dir));
            return null;
        }
        try {
            // One folder, one project, however the user spelled the way to it (symbolic links).
            return dir.toRealPath();
        } catch (IOException e) {
            warnings.add(NLS.bind(Messages.StartupOptions_notADir, dir));
            return null;
        }
    }
}
