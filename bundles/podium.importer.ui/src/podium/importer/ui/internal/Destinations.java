/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal;

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
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** Where imported texts go in the workspace: the selected folder, else the first open project. */
public final class Destinations {

    /** The project created when the workspace has none, so a first import still has a home. */
    public static final String DEFAULT_PROJECT = "imports"; //-NLS-1$

    private Destinations() {
    }

    /** The folder to suggest for a selection in the explorer. */
    public static IPath suggest(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
            if (resource != null && resource.getType() != IResource.ROOT) {
                IContainer container = resource instanceof IContainer c ? c : resource.getParent();
                return container.getFullPath();
            }
        }
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        return Arrays.stream(root.getProjects()).filter(IProject::isOpen).findFirst().map(IProject::getFullPath)
                .orElse(root.getFullPath().append(DEFAULT_PROJECT));
    }

    /** The container at {@code path}, creating the project and folders that do not exist yet. */
    public static IContainer ensure(IPath path, IProgressMonitor monitor) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        if (path.segmentCount() == 0) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(Messages.Destinations_noProject));
        }
        IProject project = root.getProject(path.segment(0));
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        IContainer container = project;
        for (int i = 1; i < path.segmentCount(); i++) {
            IFolder folder = container.getFolder(IPath.fromOSString(path.segment(i)));
            if (!folder.exists()) {
                folder.create(false, true, monitor);
            }
            container = folder;
        }
        return container;
    }
}
