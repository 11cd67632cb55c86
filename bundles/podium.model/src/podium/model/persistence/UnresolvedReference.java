/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import podium.core.Problem;
import podium.core.Severity;

/**
 * A link of a loaded model that points nowhere: {@code source}'s {@code reference} names {@code target}.
 */
public record UnresolvedReference(EObject source, EReference reference, URI target) {

    /** The problem to report, at the place in its file where {@code source} is written. */
    public Problem toProblem(String path, int line, int column) {
        return new Problem(path, line, column, Severity.ERROR, PersistenceCodes.UNRESOLVED,
                "unresolved reference " + reference.getName() + " -> " + target); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
