/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.explorer;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** No labels of its own: the explorer asks the platform's resource content next, so files look as they always do. */
public final class FolderProjectLabels extends LabelProvider {

    @Override
    public String getText(Object element) {
        return null;
    }

    @Override
    public Image getImage(Object element) {
        return null;
    }
}
