/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import podium.testing.UiWait;

/** The running workbench window, reset to the Planning perspective's layout, for the tool-window tests. */
final class Windows {

    private Windows() {
    }

    static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    static ToolWindowPlaces places() {
        return new ToolWindowsOfWindow(window()).places().orElseThrow();
    }

    /** Explorer left, outline right, problems and reports below, the three shown (problems the front tab). */
    static void reset() {
        if (DistractionFree.isOn(window())) {
            DistractionFree.leave(window());
        }
        page().resetPerspective();
        UiWait.drain();
    }

    static void run(String commandId) throws CommandException {
        window().getService(IHandlerService.class).executeCommand(commandId, null);
        UiWait.drain();
    }
}
