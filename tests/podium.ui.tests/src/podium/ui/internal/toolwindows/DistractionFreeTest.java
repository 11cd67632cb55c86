/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.ui.ToolWindows;

/** Ctrl+Shift+F12 hides every tool window and the trim, and brings back exactly what was there. */
class DistractionFreeTest {
    private static final String COMMAND = "podium.ui.commands.distractionFree";

    @BeforeEach
    @AfterEach
    void planningLayout() {
        Windows.reset();
    }

    @Test
    void entersAndLeavesRestoringTheLayout() throws Exception {
        Windows.page().hideView(Windows.page().findViewReference(ToolWindows.OUTLINE));
        assertThat(Windows.places().hasTab(ToolWindows.REPORTS)).as("precondition: reports is a tab behind problems").isTrue();
        java.util.List<Boolean> trimBefore = trimBars().stream().map(MTrimBar::isVisible).toList();

        Windows.run(COMMAND);

        assertThat(DistractionFree.isOn(Windows.window())).isTrue();
        for (String id : ToolWindows.ALL) {
            assertThat(Windows.places().isOpen(id)).as(id).isFalse();
        }
        assertThat(trimBars()).isNotEmpty().noneMatch(MTrimBar::isVisible);

        Windows.run(COMMAND);

        assertThat(DistractionFree.isOn(Windows.window())).isFalse();
        assertThat(trimBars().stream().map(MTrimBar::isVisible).toList()).as("each bar as before").isEqualTo(trimBefore);
        assertThat(Windows.places().isOpen(ToolWindows.EXPLORER)).isTrue();
        assertThat(Windows.places().isOpen(ToolWindows.PROBLEMS)).isTrue();
        assertThat(Windows.places().isOpen(ToolWindows.OUTLINE)).as("hidden before, hidden after").isFalse();
        assertThat(Windows.places().isOpen(ToolWindows.REPORTS)).as("the tab behind problems").isFalse();
        assertThat(Windows.places().hasTab(ToolWindows.REPORTS)).as("still a tab behind problems, not closed").isTrue();
    }

    @Test
    void aBarHiddenBeforeStaysHiddenAfter() throws Exception {
        MTrimBar first = trimBars().get(0);
        first.setVisible(false);
        try {
            Windows.run(COMMAND);
            Windows.run(COMMAND);
            assertThat(first.isVisible()).isFalse();
            assertThat(trimBars().subList(1, trimBars().size())).allMatch(MTrimBar::isVisible);
        } finally {
            first.setVisible(true);
        }
    }

    private static java.util.List<MTrimBar> trimBars() {
        return ((MTrimmedWindow) Windows.window().getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class))
                .getTrimBars();
    }
}
