/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import podium.core.Problem;

/** The import problems of a text file as markers, so the Problems view lists them with their lines. */
public final class ProblemMarkers {

    /** The marker type declared in plugin.xml. */
    public static final String TYPE = "podium.importer.ui.problem"; //-NLS-1$
    /** Marker attribute holding the problem's stable code. */
    public static final String CODE = "code"; //-NLS-1$

    private ProblemMarkers() {
    }

    /** Replaces the file's import markers by one per problem; call inside a workspace operation. */
    public static void replace(IFile file, List<Problem> problems) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Problem problem : problems) {
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.MESSAGE, problem.message() + " [" + problem.code() + "]"); //-NLS-1$ //-NLS-2$
            marker.setAttribute(IMarker.SEVERITY, severity(problem));
            marker.setAttribute(CODE, problem.code());
            if (problem.line() > 0) {
                marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
            }
        }
    }

    private static int severity(Problem problem) {
        return switch (problem.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
