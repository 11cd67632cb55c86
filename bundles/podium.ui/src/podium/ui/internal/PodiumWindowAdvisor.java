/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title "Podium", menus, a status line, sized for a laptop screen. */
final class PodiumWindowAdvisor extends WorkbenchWindowAdvisor {
    /** Platform action sets whose File menu entries Podium's own menu replaces (theirs are English only). */
    static final List<String> HIDDEN_ACTION_SETS = List.of("org.eclipse.ui.actionSet.openFiles", //$NON-NLS-1$
            "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo"); //$NON-NLS-1$

    PodiumWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new PodiumActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setTitle("Podium"); //$NON-NLS-1$
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setShowProgressIndicator(true);
    }

    @Override
    public void postWindowRestore() {
        ToolWindowLabels.refresh(getWindowConfigurer().getWindow());
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        if (page != null) {
            HIDDEN_ACTION_SETS.forEach(page::hideActionSet);
        }
        getWindowConfigurer().getActionBarConfigurer().getStatusLineManager()
                .setMessage(Messages.PodiumWindowAdvisor_statusReady);
    }
}
