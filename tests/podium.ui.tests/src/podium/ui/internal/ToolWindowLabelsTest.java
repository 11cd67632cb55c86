/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import podium.ui.ToolWindows;

/** A restored tool window takes its name from the current language, not from the last session. */
class ToolWindowLabelsTest {

    @Test
    void refreshReplacesLabelsKeptFromAnotherLanguage() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        List<MPart> reports = window.getService(EModelService.class).findElements(window.getService(MWindow.class),
                ToolWindows.REPORTS, MPart.class, null, EModelService.ANYWHERE | EModelService.IN_SHARED_AREA);
        assertThat(reports).isNotEmpty();
        reports.forEach(part -> part.setLabel("label of the last session"));

        ToolWindowLabels.refresh(window);

        String current = PlatformUI.getWorkbench().getViewRegistry().find(ToolWindows.REPORTS).getLabel();
        assertThat(reports).allSatisfy(part -> assertThat(part.getLabel()).isEqualTo(current));
    }
}
