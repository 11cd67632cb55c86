/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import podium.ui.internal.toolwindows.Stripes;
import podium.ui.internal.toolwindows.WorkspaceLayouts;
import podium.ui.internal.welcome.Welcome;
import podium.ui.internal.workspace.RecentWorkspaces;
import podium.ui.internal.workspace.StatusLines;

/** The main window: title "Podium", menus, a status line, sized for a laptop screen. */
final class PodiumWindowAdvisor extends WorkbenchWindowAdvisor {

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
    public void postWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        StatusLines.register(configurer.getWindow(), configurer.getActionBarConfigurer().getStatusLineManager());
        Welcome.showIfNothingOpen(configurer.getWindow());
        Stripes.install(configurer.getWindow());
    }

    @Override
    public boolean preWindowShellClose() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        RecentWorkspaces.list().stream().findFirst().ifPresent(folder -> WorkspaceLayouts.save(window, folder));
        return true;
    }

    @Override
    public void postWindowRestore() {
        ToolWindowLabels.refresh(getWindowConfigurer().getWindow());
    }
}
