/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import java.net.URL;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Declares the IDE images that the explorer and problems view look up by name; the IDE's own
 * workbench advisor does this, so an application with its own advisor must do it too.
 */
final class IdeImages {
    private static final Map<String, String> PATHS = Map.of(
            IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png", //$NON-NLS-1$
            IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png", //$NON-NLS-1$
            IDE.SharedImages.IMG_OPEN_MARKER, "icons/full/elcl16/gotoobj_tsk.png", //$NON-NLS-1$
            IDE.SharedImages.IMG_OBJS_TASK_TSK, "icons/full/obj16/taskmrk_tsk.png", //$NON-NLS-1$
            IDE.SharedImages.IMG_OBJS_BKMRK_TSK, "icons/full/obj16/bkmrk_tsk.png", //$NON-NLS-1$
            // The problems view's severity icons (names from the IDE's internal image registry).
            "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png", //$NON-NLS-1$ //$NON-NLS-2$
            "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png", //$NON-NLS-1$ //$NON-NLS-2$
            "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png"); //$NON-NLS-1$ //$NON-NLS-2$

    private IdeImages() {
    }

    static void declare(IWorkbenchConfigurer configurer) {
        Bundle ide = FrameworkUtil.getBundle(IDE.class);
        if (ide == null) {
            return;
        }
        PATHS.forEach((name, path) -> {
            URL url = FileLocator.find(ide, IPath.fromOSString(path), null);
            if (url != null) {
                configurer.declareImage(name, ImageDescriptor.createFromURL(url), true);
            }
        });
    }
}
