/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import org.eclipse.emf.ecore.EObject;

/**
 * A quick fix for an inspection's finding, declared as a {@code quickfix} of the inspection in
 * {@code plugin.xml}: the plan editor offers it (Alt+Enter) on the finding and writes the change the fix
 * makes to the model back into the text. A class with a public no-argument constructor.
 *
 * @since 1.0
 */
public interface InspectionFix {

    /** What the fix does, in the user's language, e.g. 写上投资方. */
    String label();

    /** Changes the model; {@code element} is the element the finding was reported on. */
    void apply(EObject element);
}
