/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import podium.core.Problem;
import podium.core.Severity;

/**
 * What an inspection found: on which element (and feature, and position in a list feature), with the
 * severity the user chose and the message in the user's language. Callers that know where the element
 * is written (the language's text, an XMI file's line) turn it into a {@link Problem}.
 *
 * @param index the position in a many-valued feature, or -1
 * @param data  strings for quick fixes (e.g. the amount a decomposition is off by)
 * @since 1.0
 */
public record Finding(InspectionDescriptor inspection, Severity severity, EObject element, EStructuralFeature feature,
        int index, String message, List<String> data) {

    public Finding {
        data = List.copyOf(data);
    }

    public String code() {
        return inspection.code();
    }

    /** The finding as a problem located at {@code path:line:column}. */
    public Problem toProblem(String path, int line, int column) {
        return new Problem(path, line, column, severity, code(), message);
    }
}
