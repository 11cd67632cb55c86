/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import org.eclipse.emf.ecore.EObject;

/**
 * One rule over one kind of model element, described by its {@link Definition}. Podium calls
 * {@link #check} for every element of the kinds the definition names, in {@code .podium} files, XMI
 * models and the editor alike; the inspection reports what it finds through the context. It keeps no
 * state between calls: anything it computes once per run goes through
 * {@link InspectionContext#shared}. A class with a public no-argument constructor.
 *
 * @param <T> the element type (one of the definition's {@code elements})
 * @since 1.0
 */
public interface Inspection<T extends EObject> {

    /** Checks {@code element}, reporting findings with {@link InspectionContext#report}. */
    void check(T element, InspectionContext context);
}
