/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.explorer;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;

import podium.ui.internal.workspace.LinkedFolders;

/**
 * The shape Open Folder gives the workspace (see {@code LinkedFolders}): a project named like the
 * folder, holding one linked folder whose location is the folder. The explorer shows the project
 * with the folder's contents, so that the folder appears once.
 */
final class FolderProjects {

    private FolderProjects() {
    }

    /** The linked folder an opened folder's project shows in place of itself, or null. */
    static IFolder rootOf(IProject project) {
        return LinkedFolders.userFolderOf(project);
    }

    /** Whether {@code resource} is such a linked folder, which the explorer leaves out. */
    static boolean isRoot(Object resource) {
        return resource instanceof IFolder folder && folder.getParent() instanceof IProject project
                && folder.equals(rootOf(project));
    }

    /** Whether {@code resource} is directly inside such a linked folder: its explorer parent is the project. */
    static boolean isTopLevel(Object resource) {
        return resource instanceof IResource child && child.getParent() != null && isRoot(child.getParent());
    }
}
