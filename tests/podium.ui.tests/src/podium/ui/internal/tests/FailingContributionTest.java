/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;
import podium.ui.ToolWindows;

/** A contribution that fails is contained: the workbench and the other tool windows carry on. */
class FailingContributionTest {
    private static final String FAILING_VIEW = "podium.ui.tests.failingView";

    @Test
    void viewThatThrowsDoesNotTakeTheWorkbenchDown() throws Exception {
        try {
            Workbench.page().showView(FAILING_VIEW);
        } catch (PartInitException reported) {
            // reporting the failure to the caller is fine too; crashing is not
        }
        UiWait.drain();

        assertThat(PlatformUI.isWorkbenchRunning()).isTrue();
        assertThat(Workbench.window().getShell().isDisposed()).isFalse();
        IViewPart problems = Workbench.page().showView(ToolWindows.PROBLEMS);
        assertThat(Workbench.page().getActivePart()).isSameAs(problems);

        IViewReference failing = Workbench.page().findViewReference(FAILING_VIEW);
        if (failing != null) {
            Workbench.page().hideView(failing);
        }
    }
}
