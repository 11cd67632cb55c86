/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;


import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import podium.testing.Screenshots;
import podium.testing.UiWait;
import podium.ui.ToolWindows;

/** Opens the real workbench and checks what a user sees first: title, perspective, tool windows. */
class WorkbenchSmokeTest {

    @Test
    void windowIsTitledPodiumAndShowsThePlanningPerspective() throws Exception {
        Shell shell = Workbench.window().getShell();
        UiWait.until("the window is visible", shell::isVisible);
        assertThat(shell.getText()).isEqualTo("Podium");
        assertThat(Workbench.page().getPerspective().getId()).isEqualTo(ToolWindows.PLANNING_PERSPECTIVE);
        for (String id : ToolWindows.ALL) {
            assertThat(Workbench.page().findViewReference(id)).as("tool window %s", id).isNotNull();
        }
        saveScreenshot(shell, "workbench-smoke.png");
    }

    @Test
    void reportsToolWindowIsTheReportsBundlesView() throws Exception {
        // declared by podium.reports.ui under the id the workbench keeps for Alt+9 and the perspective
        IWorkbenchPart reports = Workbench.page().showView(ToolWindows.REPORTS);
        assertThat(reports.getClass().getName()).isEqualTo("podium.reports.ui.internal.ReportsView");
        assertThat(reports.getTitle()).isNotBlank();
    }

    @Test
    void toggleCommandFocusesThenHidesThenShowsTheOutline() throws Exception {
        IWorkbenchPage page = Workbench.page();
        page.showView(ToolWindows.EXPLORER); // something else has the focus
        UiWait.drain();

        execute(ToolWindows.TOGGLE_OUTLINE);
        UiWait.until("the outline is active", () -> page.getActivePart() == outline(page));

        execute(ToolWindows.TOGGLE_OUTLINE);
        UiWait.until("the outline is hidden", () -> !isVisible(page, outline(page)));

        execute(ToolWindows.TOGGLE_OUTLINE);
        UiWait.until("the outline is back and active",
                () -> isVisible(page, outline(page)) && page.getActivePart() == outline(page));
    }

    private static IWorkbenchPart outline(IWorkbenchPage page) {
        IViewReference reference = page.findViewReference(ToolWindows.OUTLINE);
        return reference == null ? null : reference.getPart(false);
    }

    private static boolean isVisible(IWorkbenchPage page, IWorkbenchPart part) {
        return part != null && page.isPartVisible(part);
    }

    private static void execute(String commandId) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
    }

    private static void saveScreenshot(Shell shell, String name) throws Exception {
        UiWait.drain();
        // The client area, mapped to the screen: without a window manager there is no real trim.
        Rectangle area = shell.getClientArea();
        Rectangle bounds = shell.getDisplay().map(shell, null, area);
        assertThat(Screenshots.save(shell.getDisplay(), bounds, name)).isNotEmptyFile();
    }
}
