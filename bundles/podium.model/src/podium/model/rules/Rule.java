/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One domain rule over one type of model element, independent of the language so that the
 * editor's validator, the CLI and importers report the same findings with the same ids.
 */
public interface Rule<T extends EObject> {

    RuleInfo info();

    /** The type of element the rule checks. */
    Class<T> type();

    /** The findings for {@code element}; empty when it satisfies the rule. */
    List<Finding> check(T element);

    /** Checks {@code element} if it has this rule's type. */
    default List<Finding> checkAny(EObject element) {
        return type().isInstance(element) ? check(type().cast(element)) : List.of();
    }
}
