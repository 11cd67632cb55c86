/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import podium.ui.internal.workspace.LinkedFolders;

/**
 * Where imported texts go: the selected folder, else the first open project, always the user's folder
 * when that project shows one ({@link LinkedFolders}), never Eclipse's bookkeeping beside it.
 */
public final class Destinations {

    /** The project created when the workspace has none, so a first import still has a home. */
    public static final String DEFAULT_PROJECT = "imports"; //-NLS-1$

    private Destinations() {
    }

    /** The folder to suggest for a selection in the explorer. */
    public static IContainer suggest(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
            if (resource != null && resource.getType() != IResource.ROOT) {
                IContainer container = resource instanceof IContainer c ? c : resource.getParent();
                return LinkedFolders.userFolder(container);
            }
        }
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        return LinkedFolders.userFolder(Arrays.stream(root.getProjects()).filter(IProject::isOpen).findFirst()
                .orElse(root.getProject(DEFAULT_PROJECT)));
    }

    /** {@code container} as the user knows it, to show and to type: see {@link LinkedFolders#shownPath}. */
    public static String shown(IContainer container) {
        return LinkedFolders.shownPath(container);
    }

    /**
     * The folder a user typed or chose: a path on disk inside an opened folder, or a workspace path
     * such as {@code /project/folder}. A project showing the user's folder means that folder.
     *
     * @throws CoreException with a message for the user when it is no such folder or is bookkeeping
     */
    public static IContainer resolve(String text) throws CoreException {
        String typed = text.strip();
        IContainer container = onDisk(typed);
        if (container == null) {
            if (isDirectory(typed)) {
                throw new CoreException(Status.error(Messages.Destinations_notOpened));
            }
            container = inWorkspace(typed);
        }
        container = LinkedFolders.userFolder(container);
        if (LinkedFolders.isBookkeeping(container)) {
            throw new CoreException(Status.error(Messages.Destinations_bookkeeping));
        }
        return container;
    }

    /** The container at a location inside an open project, preferring the user's folder; or null. */
    private static IContainer onDisk(String typed) {
        if (!isAbsoluteOnDisk(typed)) {
            return null;
        }
        IContainer[] found = ResourcesPlugin.getWorkspace().getRoot()
                .findContainersForLocationURI(Path.of(typed).toAbsolutePath().normalize().toUri());
        IContainer any = null;
        for (IContainer container : found) {
            if (container.getProject() != null && container.getProject().isOpen()) {
                if (!LinkedFolders.isBookkeeping(container)) {
                    return container;
                }
                any = container;
            }
        }
        return any;
    }

    private static IContainer inWorkspace(String typed) throws CoreException {
        IPath path = IPath.fromOSString(typed).makeAbsolute();
        if (path.segmentCount() == 0 || !ResourcesPlugin.getWorkspace()
                .validatePath(path.toString(), IResource.FOLDER | IResource.PROJECT).isOK()) {
            throw new CoreException(Status.error(Messages.SpeechSourcePage_badDestination));
        }
        return atWorkspacePath(path);
    }

    /** The container at a workspace path, as the workspace's folder chooser gives it, mapped to the user's folder. */
    public static IContainer atWorkspacePath(IPath path) {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        return LinkedFolders.userFolder(path.segmentCount() == 1 ? root.getProject(path.segment(0)) : root.getFolder(path));
    }

    private static boolean isAbsoluteOnDisk(String typed) {
        try {
            return !typed.isEmpty() && Path.of(typed).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isDirectory(String typed) {
        return isAbsoluteOnDisk(typed) && Files.isDirectory(Path.of(typed));
    }

    /** {@code container}, creating its project and the folders that do not exist yet. */
    public static IContainer ensure(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container.getType() == IResource.ROOT) {
            throw new CoreException(Status.error(Messages.Destinations_noProject));
        }
        IProject project = container.getProject();
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        if (container instanceof IFolder folder && !folder.exists()) {
            ensure(folder.getParent(), monitor);
            folder.create(false, true, monitor);
        }
        return container;
    }
}
