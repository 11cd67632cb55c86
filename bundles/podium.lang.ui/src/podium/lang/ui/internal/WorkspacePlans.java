/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

import podium.xtext.jface.Uris;

/** The plan files of the workspace, as URIs. */
final class WorkspacePlans {
    private WorkspacePlans() {
    }

    static List<String> all() {
        List<String> uris = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                if (resource instanceof IFile file && PodiumLanguage.FILE_EXTENSION.equals(file.getFileExtension())
                        && file.getLocation() != null) {
                    uris.add(Uris.of(file.getLocation().toPath()));
                }
                return true;
            });
        } catch (CoreException e) {
            ILog.get().error("Could not list plan files", e);
        }
        return uris;
    }
}
