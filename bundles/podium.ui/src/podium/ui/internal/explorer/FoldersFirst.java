/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.explorer;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.ViewerComparator;

/** An opened folder's contents as the platform sorts a folder's: folders first, then by name. */
public final class FoldersFirst extends ViewerComparator {

    @Override
    public int category(Object element) {
        return element instanceof IResource resource && resource.getType() == IResource.FILE ? 1 : 0;
    }
}
