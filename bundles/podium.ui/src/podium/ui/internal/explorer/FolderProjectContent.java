/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.explorer;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * The explorer's content for opened folders: a project's children are its linked folder's members, and
 * their parent is the project (a higher priority than the platform's resource content, so that reveal
 * and link-with-editor find the path). {@link HideLinkedRootFilter} leaves the linked folder itself
 * out. The platform's content refreshes the linked folder, which is not in the tree: this provider
 * refreshes the project when the folder's direct members change.
 */
public final class FolderProjectContent implements ITreeContentProvider, IResourceChangeListener {
    private static final Object[] NONE = {};

    private StructuredViewer viewer;

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        IFolder root = parent instanceof IProject project ? FolderProjects.rootOf(project) : null;
        try {
            return root == null ? NONE : root.members();
        } catch (CoreException e) {
            return NONE;
        }
    }

    @Override
    public Object getParent(Object element) {
        return FolderProjects.isTopLevel(element) ? ((IResource) element).getProject() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    @Override
    public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        if (viewer == null && changed instanceof StructuredViewer structured) {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        }
        viewer = changed instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        Set<IProject> changed = new HashSet<>();
        try {
            if (event.getDelta() != null) {
                event.getDelta().accept(delta -> {
                    boolean topLevel = FolderProjects.isTopLevel(delta.getResource()) || FolderProjects.isRoot(delta.getResource());
                    if (topLevel && delta.getKind() != IResourceDelta.CHANGED) {
                        changed.add(delta.getResource().getProject());
                    }
                    return delta.getResource().getType() != IResource.FILE && !FolderProjects.isTopLevel(delta.getResource());
                });
            }
        } catch (CoreException e) {
            return;
        }
        StructuredViewer current = viewer;
        Control control = current == null ? null : current.getControl();
        if (!changed.isEmpty() && control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    changed.forEach(current::refresh);
                }
            });
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        viewer = null;
    }
}
