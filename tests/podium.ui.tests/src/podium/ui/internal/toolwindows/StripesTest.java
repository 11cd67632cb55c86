/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;
import podium.ui.ToolWindows;

/** The stripes in the running workbench: a button per tool window on its side, a click or Alt+n toggles it. */
class StripesTest {

    @BeforeEach
    @AfterEach
    void planningLayout() {
        Windows.reset();
    }

    @Test
    void eachSideShowsTheButtonsOfTheToolWindowsDockedThere() {
        UiWait.until("the stripes follow the reset layout", () -> ids(Side.LEFT).equals(List.of(ToolWindows.EXPLORER)));
        assertThat(ids(Side.RIGHT)).containsExactly(ToolWindows.OUTLINE);
        assertThat(ids(Side.BOTTOM)).containsExactly(ToolWindows.PROBLEMS, ToolWindows.REPORTS);
        assertThat(button(Side.LEFT, ToolWindows.EXPLORER).getText()).isIn("资源", "Explorer");
        assertThat(button(Side.LEFT, ToolWindows.EXPLORER).getToolTipText()).contains("Alt+1");
    }

    @Test
    void clickingTheButtonHidesAnOpenWindowAndShowsItAgain() {
        UiWait.until("the explorer button is pressed", () -> button(Side.LEFT, ToolWindows.EXPLORER).getSelection());

        click(button(Side.LEFT, ToolWindows.EXPLORER));
        assertThat(Windows.places().isOpen(ToolWindows.EXPLORER)).isFalse();
        UiWait.until("the button is released", () -> !button(Side.LEFT, ToolWindows.EXPLORER).getSelection());

        click(button(Side.LEFT, ToolWindows.EXPLORER));
        assertThat(Windows.places().isOpen(ToolWindows.EXPLORER)).isTrue();
        assertThat(Windows.page().getActivePartReference().getId()).isEqualTo(ToolWindows.EXPLORER);
        UiWait.until("the button is pressed again", () -> button(Side.LEFT, ToolWindows.EXPLORER).getSelection());
    }

    @Test
    void theAltNumberToggleIsTheSameToggle() throws Exception {
        UiWait.until("the outline button is pressed", () -> button(Side.RIGHT, ToolWindows.OUTLINE).getSelection());

        Windows.run(ToolWindows.TOGGLE_OUTLINE); // Alt+7: focuses the open outline
        Windows.run(ToolWindows.TOGGLE_OUTLINE); // Alt+7 again: hides it

        assertThat(Windows.places().isOpen(ToolWindows.OUTLINE)).isFalse();
        UiWait.until("the outline button is released", () -> !button(Side.RIGHT, ToolWindows.OUTLINE).getSelection());
        click(button(Side.BOTTOM, ToolWindows.REPORTS));
        UiWait.until("the reports button is pressed, the problems one released (same stack)",
                () -> button(Side.BOTTOM, ToolWindows.REPORTS).getSelection()
                        && !button(Side.BOTTOM, ToolWindows.PROBLEMS).getSelection());
    }

    @Test
    void aWindowMovedToAnotherSideChangesStripe() {
        Windows.places().move(ToolWindows.OUTLINE, Side.LEFT);

        UiWait.until("the outline's button moves from the right stripe to the left one",
                () -> ids(Side.LEFT).equals(List.of(ToolWindows.EXPLORER, ToolWindows.OUTLINE)) && ids(Side.RIGHT).isEmpty());
        assertThat(Windows.places().isOpen(ToolWindows.OUTLINE)).isTrue();
    }

    @Test
    void theToggleCommandsAreTheOnesPluginXmlBindsToTheToolWindows() {
        ToolWindowCatalog catalog = ToolWindowCatalog.of(Windows.window().getWorkbench());

        assertThat(catalog.ids()).startsWith(ToolWindows.EXPLORER, ToolWindows.PROBLEMS, ToolWindows.OUTLINE, ToolWindows.REPORTS);
        assertThat(catalog.toggleCommand(ToolWindows.EXPLORER)).contains(ToolWindows.TOGGLE_EXPLORER);
        assertThat(catalog.toggleCommand(ToolWindows.PROBLEMS)).contains(ToolWindows.TOGGLE_PROBLEMS);
        assertThat(catalog.toggleCommand(ToolWindows.OUTLINE)).contains(ToolWindows.TOGGLE_OUTLINE);
        assertThat(catalog.toggleCommand(ToolWindows.REPORTS)).contains(ToolWindows.TOGGLE_REPORTS);
        assertThat(catalog.toggleCommand("podium.ui.views.none")).isEmpty();
    }

    private static List<String> ids(Side side) {
        return stripe(side).shownIds();
    }

    private static StripeControl stripe(Side side) {
        return Stripes.of(Windows.window(), side).orElseThrow(() -> new AssertionError("no " + side + " stripe"));
    }

    private static ToolItem button(Side side, String viewId) {
        return stripe(side).bar().getItem(stripe(side).shownIds().indexOf(viewId));
    }

    private static void click(ToolItem item) {
        item.setSelection(!item.getSelection());
        item.notifyListeners(SWT.Selection, new Event());
        UiWait.drain();
    }
}
