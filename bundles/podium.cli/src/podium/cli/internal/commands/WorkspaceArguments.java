/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import podium.cli.internal.Messages;
import podium.cli.internal.WorkingDirectory;
import podium.cli.internal.output.DisplayPaths;
import podium.lang.tools.PodiumWorkspace;

/** The FILE|DIR arguments of the commands that read a workspace of .podium files. */
final class WorkspaceArguments {

    private WorkspaceArguments() {
    }

    /**
     * Adds every path to the workspace; false after naming the first that does not exist or is a folder
     * without a .podium or XMI file, which are usage errors: a mistyped or emptied folder must not pass as a clean
     * check. A file that exists but cannot be read is a problem the workspace reports instead.
     */
    static boolean addAll(PodiumWorkspace workspace, List<Path> paths, PrintWriter err, String command) {
        for (Path path : paths) {
            Path location = WorkingDirectory.resolve(path);
            if (!Files.exists(location)) {
                err.println("podium " + command + ": " + Messages.format(Messages.Arguments_noSuchFileOrFolder, DisplayPaths.of(path))); //$NON-NLS-1$ //$NON-NLS-2$
                return false;
            }
            int found = found(workspace);
            workspace.add(location, path.toString());
            if (Files.isDirectory(location) && found(workspace) == found) {
                err.println("podium " + command + ": " + Messages.format(Messages.Arguments_noPodiumFiles, DisplayPaths.of(path))); //$NON-NLS-1$ //$NON-NLS-2$
                return false;
            }
        }
        return true;
    }

    /** What the workspace holds or says it could not read: files, a folder's XMI models, read problems. */
    private static int found(PodiumWorkspace workspace) {
        return workspace.files().size() + workspace.skippedModels().size() + workspace.readProblems().size();
    }
}
