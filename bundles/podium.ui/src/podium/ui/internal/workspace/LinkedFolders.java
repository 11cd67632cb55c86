/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.workspace;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Shows a folder from anywhere on disk in the workspace without writing into it.
 *
 * <p>A project located at the folder itself ({@code IProjectDescription.setLocation}) would put
 * Eclipse's {@code .project} file there. Instead the project lives in the workspace area and holds
 * one linked folder, named like the folder, whose location is the folder: Eclipse keeps all its
 * bookkeeping in the workspace and the user's folder is only written when the user saves a file.
 */
public final class LinkedFolders {
    private static final int MAX_NAME_TRIES = 100;

    private final IWorkspaceRoot root;

    public LinkedFolders(IWorkspaceRoot root) {
        this.root = root;
    }

    /**
     * Returns the linked folder showing {@code dir}: the one made on an earlier start if there is
     * one (refreshed from disk), else a new one in a new project named after {@code dir}.
     */
    public IFolder open(Path dir, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        String name = nameOf(dir);
        // Compared as paths: the URI read back from the project description is spelled differently
        // (file:/a/b) from the one a Path gives (file:///a/b/).
        IPath location = IPath.fromPath(dir.toAbsolutePath().normalize());
        for (int i = 1; i <= MAX_NAME_TRIES; i++) {
            IProject project = root.getProject(i == 1 ? name : name + " (" + i + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            if (!project.exists()) {
                return create(project, name, location, progress);
            }
            IFolder folder = openedFolder(project, name, location, progress.split(1));
            if (folder != null) {
                folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(2));
                return folder;
            }
        }
        throw new IllegalStateException("More than " + MAX_NAME_TRIES + " projects are named " + name); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static IFolder openedFolder(IProject project, String name, IPath location, IProgressMonitor monitor)
            throws CoreException {
        if (!project.isOpen()) {
            project.open(monitor);
        }
        IFolder folder = project.getFolder(name);
        return folder.isLinked() && location.equals(folder.getLocation()) ? folder : null;
    }

    private static IFolder create(IProject project, String name, IPath location, SubMonitor progress)
            throws CoreException {
        project.create(progress.split(1));
        project.open(progress.split(1));
        IFolder folder = project.getFolder(name);
        folder.createLink(location, IResource.NONE, progress.split(1));
        return folder;
    }

    /**
     * The linked folder showing the user's folder in {@code project}, when the project was made by
     * {@link #open}: named like the project without its " (2)", and linked. Otherwise null.
     */
    public static IFolder userFolderOf(IProject project) {
        if (!project.isAccessible()) {
            return null;
        }
        IFolder folder = project.getFolder(project.getName());
        if (!folder.isLinked()) {
            folder = project.getFolder(project.getName().replaceFirst(" \\(\\d+\\)$", "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return folder.exists() && folder.isLinked() ? folder : null;
    }

    /**
     * Where files put into {@code container} belong: for a project made by {@link #open}, the user's
     * folder it holds; else {@code container} itself.
     */
    public static IContainer userFolder(IContainer container) {
        IFolder folder = container instanceof IProject project ? userFolderOf(project) : null;
        return folder != null ? folder : container;
    }

    /**
     * Whether {@code container} is Eclipse's bookkeeping: inside a project made by {@link #open} but
     * outside the user's folder (the project itself aside, which {@link #userFolder} maps), so not on the
     * user's disk and not shown by the explorer.
     */
    public static boolean isBookkeeping(IContainer container) {
        IFolder folder = container.getProject() == null ? null : userFolderOf(container.getProject());
        return folder != null && container.getType() == IResource.FOLDER
                && !folder.getFullPath().isPrefixOf(container.getFullPath());
    }

    /**
     * {@code resource} as the user knows it: its path on disk when it is in the user's folder, else its
     * workspace path (a project of the workspace area the user made, such as the import default).
     */
    public static String shownPath(IResource resource) {
        IFolder folder = resource.getProject() == null ? null : userFolderOf(resource.getProject());
        IPath location = resource.getLocation();
        return folder != null && location != null && folder.getFullPath().isPrefixOf(resource.getFullPath())
                ? location.toOSString() : resource.getFullPath().toString();
    }

    /** The project and folder name: the folder's own name, or "root" for a file system root. */
    static String nameOf(Path dir) {
        Path fileName = dir.toAbsolutePath().normalize().getFileName();
        return fileName == null ? "root" : fileName.toString(); //$NON-NLS-1$
    }
}
