/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/** The plan problem markers the editor's MarkerUpdater wrote on a file, for tests that wait on them. */
final class ProblemMarkers {

    private ProblemMarkers() {
    }

    static List<IMarker> all(IFile file) {
        try {
            return Arrays.asList(file.findMarkers(MarkerUpdater.MARKER_TYPE, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<IMarker> errors(IFile file) {
        return all(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
    }
}
