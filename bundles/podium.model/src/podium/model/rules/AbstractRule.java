/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import podium.core.Severity;

/** Holds a rule's metadata and builds its findings. */
public abstract class AbstractRule<T extends EObject> implements Rule<T> {

    private final RuleInfo info;
    private final Class<T> type;

    protected AbstractRule(Class<T> type, String id, Severity severity, String title, String message) {
        this.type = type;
        this.info = new RuleInfo(id, severity, title, message);
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final Class<T> type() {
        return type;
    }

    /** A single finding on {@code feature} of {@code element} with the rule's default severity. */
    protected List<Finding> finding(EObject element, EStructuralFeature feature, Object... args) {
        return List.of(new Finding(info, info.defaultSeverity(), element, feature, info.message(args)));
    }

    protected Finding single(EObject element, EStructuralFeature feature, Object... args) {
        return new Finding(info, info.defaultSeverity(), element, feature, info.message(args));
    }
}
