/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import podium.ui.ToolWindows;

/** The Planning perspective: explorer left, editors centre, outline right, problems and reports below. */
public final class PlanningPerspective implements IPerspectiveFactory {
    public static final String ID = ToolWindows.PLANNING_PERSPECTIVE;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(ToolWindows.EXPLORER, IPageLayout.LEFT, 0.22f, editors);
        layout.addView(ToolWindows.OUTLINE, IPageLayout.RIGHT, 0.78f, editors);
        IFolderLayout bottom = layout.createFolder("podium.ui.bottom", IPageLayout.BOTTOM, 0.72f, editors); //$NON-NLS-1$
        bottom.addView(ToolWindows.PROBLEMS);
        bottom.addView(ToolWindows.REPORTS);
        ToolWindows.ALL.forEach(layout::addShowViewShortcut);
        layout.addShowInPart(ToolWindows.EXPLORER);
    }
}
