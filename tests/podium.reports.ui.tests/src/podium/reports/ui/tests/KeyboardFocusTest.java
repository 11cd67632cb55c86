/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import podium.reports.ui.internal.ReportsView;
import podium.testing.UiWait;

/** A planner walks the report list with the arrow keys: showing a report leaves the keyboard in the list. */
class KeyboardFocusTest {

    @Test
    void theListKeepsTheKeyboardWhileAReportWithChartsIsShown() throws Exception {
        ReportsView view = ReportsWindow.show();
        view.setFocus();
        Control list = Display.getCurrent().getFocusControl();
        assertThat(list).as("the list has the keyboard once the window is shown").isNotNull();
        for (String id : new String[] {"progress", "zero-progress", "ranking"}) {
            ReportsWindow.run(view, id);
            UiWait.drain();
            Control focus = Display.getCurrent().getFocusControl();
            assertThat(focus).as("keyboard after showing %s: %s", id, focus).isSameAs(list);
        }
    }
}
