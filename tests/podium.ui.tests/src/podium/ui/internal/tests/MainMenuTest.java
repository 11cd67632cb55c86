/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;
import podium.ui.ToolWindows;
import podium.ui.internal.Messages;

/** The main menu has Podium's translated entries and none of the platform's English duplicates. */
class MainMenuTest {

    @Test
    void menuBarHasFileEditWindowHelpInTheUiLanguage() {
        assertThat(texts(Workbench.window().getShell().getMenuBar())).containsSubsequence(
                Messages.PodiumActionBarAdvisor_menuFile, Messages.PodiumActionBarAdvisor_menuEdit,
                Messages.PodiumActionBarAdvisor_menuWindow, Messages.PodiumActionBarAdvisor_menuHelp);
    }

    @Test
    void fileMenuOffersOpenSaveAndExitWithoutPlatformDuplicates() {
        List<String> file = texts(submenu(Messages.PodiumActionBarAdvisor_menuFile));
        assertThat(file).contains(Messages.PodiumActionBarAdvisor_save, Messages.PodiumActionBarAdvisor_saveAll,
                Messages.PodiumActionBarAdvisor_close, Messages.PodiumActionBarAdvisor_exit);
        // Open File..., Open Folder... and Settings... (Podium's), no platform "Open File..." beside them
        assertThat(file).filteredOn(t -> t.contains("...")).hasSize(3);
        assertThat(file).anyMatch(t -> t.replace("&", "").startsWith(podium.ui.internal.settings.Messages.Settings_title));
        assertThat(file).noneMatch(t -> t.startsWith("Convert Line Delimiters"));
    }

    @Test
    void editMenuKeepsItsTranslatedUndoAndRedo() {
        assertThat(texts(submenu(Messages.PodiumActionBarAdvisor_menuEdit))).contains(
                Messages.PodiumActionBarAdvisor_undo, Messages.PodiumActionBarAdvisor_redo,
                Messages.PodiumActionBarAdvisor_copy, Messages.PodiumActionBarAdvisor_paste,
                Messages.PodiumActionBarAdvisor_find);
    }

    @Test
    void windowMenuListsTheToolWindows() {
        assertThat(texts(submenu(Messages.PodiumActionBarAdvisor_menuWindow))).containsSubsequence(
                label(ToolWindows.EXPLORER), label(ToolWindows.PROBLEMS), label(ToolWindows.OUTLINE),
                label(ToolWindows.REPORTS));
    }

    private static String label(String viewId) {
        return PlatformUI.getWorkbench().getViewRegistry().find(viewId).getLabel();
    }

    @Test
    void helpMenuHasWelcomeAndAbout() {
        assertThat(texts(submenu(Messages.PodiumActionBarAdvisor_menuHelp))).contains("&Welcome",
                Messages.AboutAction_label);
    }

    private static Menu submenu(String label) {
        MenuItem item = Arrays.stream(Workbench.window().getShell().getMenuBar().getItems())
                .filter(i -> i.getText().equals(label)).findFirst().orElseThrow();
        Menu menu = item.getMenu();
        // Menu items are created when the menu is about to show.
        menu.notifyListeners(SWT.Show, new Event());
        UiWait.drain();
        menu.notifyListeners(SWT.Hide, new Event());
        return menu;
    }

    /** Item labels without the accelerator text that follows a tab. */
    private static List<String> texts(Menu menu) {
        return Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                .map(i -> i.getText().split("\t")[0]).toList();
    }
}
