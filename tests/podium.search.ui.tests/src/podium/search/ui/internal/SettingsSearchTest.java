/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;

/** Search Everywhere lists the Settings pages, Podium's new ones included, and opens the one picked. */
class SettingsSearchTest {
    private static final String COMMAND = "podium.search.ui.commands.searchEverywhere";

    @Test
    void theKeymapPageIsFoundAndOpensInTheSettingsDialog() throws Exception {
        String keymap = PlatformUI.getWorkbench().getPreferenceManager().find("podium.ui.settings.keymap").getLabelText();
        SearchPopup popup = open();
        popup.field().setText(keymap);
        UiWait.drain();
        assertThat(popup.selectedLabel()).contains(keymap);

        // Enter opens the modal dialog: look at it from inside its event loop, then close it.
        AtomicReference<String> seen = new AtomicReference<>();
        Display.getCurrent().asyncExec(() -> inspect(seen));
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        popup.field().notifyListeners(SWT.KeyDown, enter);
        UiWait.until("the Settings dialog was seen", () -> seen.get() != null);

        assertThat(seen.get()).isEqualTo(podium.ui.internal.settings.Messages.Settings_title + " › " + keymap);
    }

    private static void inspect(AtomicReference<String> seen) {
        Optional<PreferenceDialog> dialog = Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed())
                .map(Shell::getData).filter(PreferenceDialog.class::isInstance).map(PreferenceDialog.class::cast).findFirst();
        if (dialog.isEmpty() || dialog.get().getSelectedPage() == null) {
            Display.getCurrent().timerExec(50, () -> inspect(seen));
            return;
        }
        seen.set(dialog.get().getShell().getText() + " › " + ((IPreferencePage) dialog.get().getSelectedPage()).getTitle());
        dialog.get().close();
    }

    private static SearchPopup open() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        ICommandService commands = window.getService(ICommandService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(COMMAND),
                Map.of(SearchEverywhereHandler.CATEGORIES, "settings"));
        window.getService(IHandlerService.class).executeCommand(command, null);
        UiWait.until("the popup is open", () -> popup().isPresent());
        SearchPopup popup = popup().orElseThrow();
        UiWait.until("the categories answered", popup::isCollected);
        return popup;
    }

    private static Optional<SearchPopup> popup() {
        return Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed())
                .map(s -> s.getData(SearchPopup.SHELL_KEY)).filter(SearchPopup.class::isInstance)
                .map(SearchPopup.class::cast).findFirst();
    }
}
