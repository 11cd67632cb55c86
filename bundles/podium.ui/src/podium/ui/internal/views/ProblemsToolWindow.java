/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.views;

import org.eclipse.ui.views.markers.MarkerSupportView;

/** The 问题 tool window: the platform's problems view under a Podium id and name. */
public final class ProblemsToolWindow extends MarkerSupportView {
    /** The platform's content generator for problem markers (errors, warnings, infos). */
    static final String PROBLEMS_GENERATOR = "org.eclipse.ui.ide.problemsGenerator"; //$NON-NLS-1$

    public ProblemsToolWindow() {
        super(PROBLEMS_GENERATOR);
    }
}
