/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;

import podium.ui.ToolWindows;

/**
 * Gives restored tool windows the names of the current language: the application model keeps the
 * labels of the last session, and tool windows not yet shown would keep them after {@code -nl}.
 */
final class ToolWindowLabels {

    private ToolWindowLabels() {
    }

    static void refresh(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        if (model == null || models == null) {
            return;
        }
        for (String id : ToolWindows.ALL) {
            IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(id);
            List<MPart> parts = models.findElements(model, id, MPart.class, null,
                    EModelService.ANYWHERE | EModelService.IN_SHARED_AREA);
            if (view != null) {
                parts.forEach(part -> part.setLabel(view.getLabel()));
            }
        }
    }
}
