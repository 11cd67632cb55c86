/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import podium.core.Problem;
import podium.core.Severity;

/**
 * A rule violated by a model element, optionally on one feature; callers that know where the
 * element is written (the language's node model, a spreadsheet row) turn it into a {@link Problem}.
 */
public record Finding(RuleInfo rule, Severity severity, EObject element, EStructuralFeature feature, String message) {

    public String code() {
        return rule.id();
    }

    /** The finding as a problem located at {@code path:line:column}. */
    public Problem toProblem(String path, int line, int column) {
        return new Problem(path, line, column, severity, rule.id(), message);
    }
}
