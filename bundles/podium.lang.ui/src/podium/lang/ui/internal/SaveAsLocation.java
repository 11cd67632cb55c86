/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import podium.ui.internal.workspace.LinkedFolders;

/**
 * Where Save As puts a plan: a file on disk, chosen in the system's file dialog opened in the plan's own
 * folder. The platform's dialog for workspace files would show the workspace's inside instead, a folder
 * under a project of the same name ({@code 信访/信访}, see {@link LinkedFolders}), which no user knows.
 */
final class SaveAsLocation {

    /** The dialog: given the shell and the plan's path, the path chosen or null. Tests replace it. */
    static BiFunction<Shell, Path, Path> chooser = SaveAsLocation::ask;

    private SaveAsLocation() {
    }

    private static Path ask(Shell shell, Path current) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.SaveAs_title);
        dialog.setFilterExtensions(new String[] {"*.podium", "*"}); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] {Messages.SaveAs_plans, Messages.SaveAs_allFiles});
        Path folder = existingFolder(current.getParent());
        if (folder != null) {
            dialog.setFilterPath(folder.toString());
        }
        dialog.setFileName(current.getFileName().toString());
        dialog.setOverwrite(true); // the dialog asks before a file is replaced
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /** The folder itself or, when it was deleted with the plan, the nearest one above it that is still there. */
    private static Path existingFolder(Path folder) {
        Path f = folder;
        while (f != null && !Files.isDirectory(f)) {
            f = f.getParent();
        }
        return f;
    }

    /**
     * The workspace file for a path on disk: the one in an open folder that holds the path, or, for a path in
     * no open folder, one in its folder, opened now as File ▸ Open Folder would (the plan stays checked against
     * the files beside it).
     */
    static IFile fileAt(Path path, IProgressMonitor monitor) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        Path absolute = path.toAbsolutePath().normalize();
        for (IFile file : root.findFilesForLocationURI(absolute.toUri())) {
            if (file.getProject().isOpen()) {
                // a subfolder made outside Podium since the folder was last read
                file.getParent().refreshLocal(IResource.DEPTH_ZERO, monitor);
                if (file.getParent().exists()) {
                    return file;
                }
            }
        }
        IFolder folder = new LinkedFolders(root).open(absolute.getParent(), monitor);
        return folder.getFile(absolute.getFileName().toString());
    }
}
