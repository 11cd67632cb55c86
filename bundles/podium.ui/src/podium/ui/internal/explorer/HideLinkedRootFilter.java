/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.explorer;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/** Leaves out the linked folder of an opened folder's project: {@link FolderProjectContent} shows its members instead. */
public final class HideLinkedRootFilter extends ViewerFilter {

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return !FolderProjects.isRoot(element);
    }
}
