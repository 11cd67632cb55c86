/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import podium.reports.ui.internal.ReportPage;
import podium.reports.ui.internal.ReportsView;
import podium.testing.Folders;
import podium.testing.Screenshots;
import podium.testing.UiWait;
import podium.ui.ToolWindows;
import podium.ui.internal.workspace.LinkedFolders;

/** The running workbench with a copy of examples/ opened as with {@code podium --open}, and its reports window. */
final class ReportsWindow {

    private static Path examples;

    private ReportsWindow() {
    }

    /** The copy of the example workspace the workbench shows (made and linked once). */
    static synchronized Path examples() {
        if (examples == null) {
            try {
                Path copy = Folders.examplesCopy("podium-reports-ui");
                new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(copy, null);
                examples = copy;
            } catch (IOException | CoreException e) {
                throw new IllegalStateException(e);
            }
        }
        return examples;
    }

    static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** The reports window on the example workspace. */
    static ReportsView show() throws PartInitException {
        examples();
        ReportsView view = (ReportsView) page().showView(ToolWindows.REPORTS);
        // the whole window, as Ctrl+M does when no editor is open: the bottom panel is too low for a table
        page().setEditorAreaVisible(false);
        page().setPartState(page().findViewReference(ToolWindows.REPORTS), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.until("the reports window shows the example workspace", () -> examples.equals(view.workspaceFolder()));
        return view;
    }

    /** Selects report {@code id} and waits until its page shows what its run gave. */
    static ReportPage run(ReportsView view, String id) {
        UiWait.until("report " + id + " is listed", () -> view.listedReports().contains(id));
        view.select(id);
        UiWait.until("report " + id + " has run", () -> view.page(id).map(p -> p.result() != null).orElse(false)
                && view.isIdle());
        return view.page(id).orElseThrow();
    }

    /** Saves what {@code control} shows to the screenshots folder (target/screenshots), for a look after the run. */
    static void screenshot(org.eclipse.swt.widgets.Control control, String name) {
        UiWait.drain();
        org.eclipse.swt.graphics.Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
        Screenshots.save(control.getDisplay(), bounds, name);
    }
}
