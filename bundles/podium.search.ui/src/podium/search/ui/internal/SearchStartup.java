/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import podium.lang.ui.PlanFolders;

/** Installs the Shift Shift gesture and starts recording the files opened in editors. */
public final class SearchStartup implements IStartup {

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            ShiftShift.install(workbench.getDisplay());
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                record(window);
            }
            workbench.addWindowListener(new IWindowListener() {
                @Override
                public void windowOpened(IWorkbenchWindow window) {
                    record(window);
                }

                @Override
                public void windowClosed(IWorkbenchWindow window) {
                    window.getPartService().removePartListener(RecentFiles.RECORDER);
                }

                @Override
                public void windowActivated(IWorkbenchWindow window) {
                    // nothing to record
                }

                @Override
                public void windowDeactivated(IWorkbenchWindow window) {
                    // nothing to record
                }
            });
        });
    }

    private static void record(IWorkbenchWindow window) {
        window.getPartService().addPartListener(RecentFiles.RECORDER);
        if (window.getActivePage() != null && window.getActivePage().getActiveEditor() != null) {
            PlanFolders.file(window.getActivePage().getActiveEditor().getEditorInput()).ifPresent(RecentFiles::opened);
        }
    }
}
