/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import podium.ui.ToolWindows;
import podium.ui.internal.settings.Settings;
import podium.ui.internal.workspace.OpenFolderJob;

/** Workbench life cycle: the Planning perspective over the resources workspace. */
public final class PodiumWorkbenchAdvisor extends WorkbenchAdvisor {
    private final StartupOptions options;

    public PodiumWorkbenchAdvisor(StartupOptions options) {
        this.options = options;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // The IDE views (explorer, problems) need the resource adapters registered.
        IDE.registerAdapters();
        IdeImages.declare(configurer);
    }

    /**
     * The platform's openWindows() opens the window on a thread of its own and sleeps the UI thread until
     * that thread is done, which it says with a flag and Display.wake(). That wake-up is sometimes lost:
     * the UI thread then sleeps until the next event, 5 s in one start of three under Xvfb (jstack: the UI
     * thread in Display.sleep under openWindows, its CPU time still; benchmarks/workbench-startup). A
     * short timer while the window opens makes the loop look at the flag again.
     */
    @Override
    public boolean openWindows() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        boolean[] opened = { false };
        Runnable look = new Runnable() {
            @Override
            public void run() {
                if (!opened[0] && !display.isDisposed()) {
                    display.timerExec(OPEN_WINDOWS_LOOK_MILLIS, this);
                }
            }
        };
        display.timerExec(OPEN_WINDOWS_LOOK_MILLIS, look);
        try {
            return super.openWindows();
        } finally {
            opened[0] = true;
            display.timerExec(-1, look);
        }
    }

    private static final int OPEN_WINDOWS_LOOK_MILLIS = 25;

    @Override
    public String getInitialWindowPerspectiveId() {
        return ToolWindows.PLANNING_PERSPECTIVE;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new PodiumWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        Settings.arrange(getWorkbenchConfigurer().getWorkbench());
        IWorkbenchWindow[] windows = getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows();
        if (windows.length == 0) {
            return;
        }
        options.openDir().ifPresent(dir -> OpenFolderJob.open(windows[0], dir, StartupTrace::folderOpened));
    }

    @Override
    public void postShutdown() {
        // Without a full save the next start has to recover the workspace tree from scratch.
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException | RuntimeException e) {
            ILog.of(getClass()).error("Saving the workspace failed", e); //$NON-NLS-1$
        }
    }

    @Override
    public void eventLoopException(Throwable exception) {
        // A broken view, handler or contribution is logged; the workbench keeps running.
        ILog.of(getClass()).error("Unhandled exception in the user interface", exception); //$NON-NLS-1$
    }
}
