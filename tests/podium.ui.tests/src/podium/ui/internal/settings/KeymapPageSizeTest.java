/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;

/** Settings ▸ Keymap fits the Settings dialog as it first opens: no control cut off, the dialog whole on the screen. */
class KeymapPageSizeTest {
    private static final String KEYMAP = "podium.ui.settings.keymap";

    @AfterEach
    void close() {
        SettingsDialogs.open(PreferenceDialog.class).ifPresent(PreferenceDialog::close);
        // the workbench window is active again, and its key bindings with it, only once the events are handled
        UiWait.drain();
    }

    @Test
    void openedOnTheKeymapPageEveryControlIsWhole() {
        PreferenceDialog dialog = SettingsDialogs.openOn(KEYMAP);

        assertFits(dialog.getShell());
    }

    @Test
    void reachedFromTheFirstPageAsAKeyboardUserDoesEveryControlIsWhole() {
        PreferenceDialog dialog = SettingsDialogs.openOn("podium.ui.settings.appearance");
        IPreferenceNode keymap = dialog.getPreferenceManager().find(KEYMAP);
        dialog.getTreeViewer().setSelection(new StructuredSelection(keymap));
        UiWait.drain();
        assertThat(dialog.getSelectedPage()).isSameAs(keymap.getPage());

        assertFits(dialog.getShell());
    }

    @Test
    void openedOnTheKeymapPageAfterTheDialogWasClosedSmallerOnAnotherPageEveryControlIsWhole() {
        // the dialog keeps its size from one opening to the next: here that of the smaller appearance page
        SettingsDialogs.openOn("podium.ui.settings.appearance").close();
        UiWait.drain();

        PreferenceDialog dialog = SettingsDialogs.openOn(KEYMAP);

        assertFits(dialog.getShell());
    }

    private static void assertFits(Shell shell) {
        Rectangle screen = shell.getDisplay().getClientArea();
        List<String> cut = new ArrayList<>();
        for (Control child : shell.getChildren()) {
            cutOff(child, cut);
        }
        assertThat(cut).as("controls cut off by the dialog or by their parent, or narrower than their text").isEmpty();
        assertThat(contains(screen, shell.getBounds())).as("the dialog " + shell.getBounds() + " on the screen " + screen)
                .isTrue();
        // Xvfb has no title bar and no panel; a desktop has both, about a tenth of a 900-pixel screen
        assertThat(shell.getSize().y).as("the dialog's height on a screen " + screen.height + " high")
                .isLessThanOrEqualTo(screen.height * 9 / 10);
    }

    /** Adds each visible control under {@code control} that reaches beyond its parent or beyond the shell. */
    private static void cutOff(Control control, List<String> cut) {
        if (control == null || !control.isVisible()) {
            return;
        }
        Composite parent = control.getParent();
        // the bounds the parent gave it: mapping the control's own origin is off by a border on GTK
        Rectangle bounds = onDisplay(parent, control.getBounds());
        Rectangle parentArea = onDisplay(parent, parent.getClientArea());
        Shell shell = control.getShell();
        Rectangle shellArea = onDisplay(shell, shell.getClientArea());
        if (bounds.width > 0 && bounds.height > 0 && (!contains(parentArea, bounds) || !contains(shellArea, bounds))) {
            cut.add(control + " at " + bounds + " in " + parentArea + " of " + parent + ", shell " + shellArea);
        }
        // a combo or a button narrower than it asks for shows its text cut short
        if ((control instanceof Combo || control instanceof Button)
                && control.getSize().x < control.computeSize(SWT.DEFAULT, SWT.DEFAULT).x) {
            cut.add(control + " " + control.getSize().x + " wide, its text needs " + control.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                cutOff(child, cut);
            }
        }
    }

    private static Rectangle onDisplay(Control control, Rectangle area) {
        return control.getDisplay().map(control, null, area);
    }

    private static boolean contains(Rectangle outer, Rectangle inner) {
        return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width
                && inner.y + inner.height <= outer.y + outer.height;
    }
}
