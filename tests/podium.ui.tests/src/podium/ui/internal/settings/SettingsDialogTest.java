/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPluginContribution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import podium.testing.UiWait;

/** The Settings dialog in the running workbench: how it opens, what it holds, how its filter finds pages. */
class SettingsDialogTest {
    private static final String APPEARANCE = "podium.ui.settings.appearance";
    private static final String COLORS = "podium.ui.settings.colors";
    private static final String LANGUAGE = "podium.ui.settings.language";
    private static final String KEYMAP = "podium.ui.settings.keymap";
    private static final String EDITOR = "podium.ui.settings.editor";
    private static final String INSPECTIONS = "podium.lang.ui.preferences.severities";
    private static final String PLUGINS = "podium.plugins.ui.page";
    private static final String REPORT_DEFAULTS = "podium.reports.ui.settings.defaults";

    @AfterEach
    void closeDialogs() {
        SettingsDialogs.open(PreferenceDialog.class).ifPresent(PreferenceDialog::close);
        UiWait.drain();
    }

    @Test
    void ctrlAltSOpensSettingsTitledSettings() throws Exception {
        Binding binding = bindings().getPerfectMatch(KeySequence.getInstance("M1+M3+S"));
        assertThat(binding).isNotNull();
        assertThat(binding.getParameterizedCommand().getId()).isEqualTo(SettingsHandler.COMMAND);

        // The key press as X delivers it. The dialog then runs its own event loop until it is closed, so it
        // is looked at (and closed) from a timer running inside that loop.
        AtomicReference<String> seenTitle = new AtomicReference<>();
        SettingsDialogs.window().getShell().forceActive();
        UiWait.drain();
        Display display = Display.getCurrent();
        long giveUp = System.currentTimeMillis() + 60_000;
        display.timerExec(100, () -> inspect(display, seenTitle, giveUp));
        pressKeys(display, SWT.CTRL, SWT.ALT, 's');
        UiWait.until("the Settings dialog opened and was seen", () -> seenTitle.get() != null);
        assertThat(seenTitle.get()).isEqualTo(Messages.Settings_title);
    }

    private static void inspect(Display display, AtomicReference<String> seenTitle, long giveUp) {
        SettingsDialogs.open(PreferenceDialog.class).ifPresentOrElse(dialog -> {
            seenTitle.set(dialog.getShell().getText());
            dialog.close();
        }, () -> {
            if (System.currentTimeMillis() < giveUp) {
                display.timerExec(100, () -> inspect(display, seenTitle, giveUp));
            }
        });
    }

    private static void pressKeys(Display display, int ctrl, int alt, char key) {
        post(display, SWT.KeyDown, ctrl, '\0');
        post(display, SWT.KeyDown, alt, '\0');
        post(display, SWT.KeyDown, 0, key);
        post(display, SWT.KeyUp, 0, key);
        post(display, SWT.KeyUp, alt, '\0');
        post(display, SWT.KeyUp, ctrl, '\0');
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertThat(display.post(event)).as("posting a key event").isTrue();
    }

    @Test
    void thePagesArePodiumsAndPluginsNotThePlatformsIdePages() {
        List<String> root = Arrays.stream(PlatformUI.getWorkbench().getPreferenceManager().getRootSubNodes())
                .map(IPreferenceNode::getId).toList();
        assertThat(root).containsExactlyInAnyOrder(APPEARANCE, LANGUAGE, KEYMAP, EDITOR, INSPECTIONS, PLUGINS,
                REPORT_DEFAULTS);
        assertThat(PlatformUI.getWorkbench().getPreferenceManager().find(APPEARANCE + "/" + COLORS)).isNotNull();
        assertThat(PlatformUI.getWorkbench().getPreferenceManager().getElements(0)).noneMatch(
                n -> n instanceof IPluginContribution c && c.getPluginId().startsWith("org.eclipse."));
    }

    @Test
    void theFilterFindsPagesByNameAndByWhatIsInside() {
        PreferenceDialog dialog = SettingsDialogs.openOn(APPEARANCE);

        // words on the pages (keywords), in Chinese and in English
        assertThat(SettingsDialogs.filter(dialog, "深色", List.of(APPEARANCE))).containsExactly(APPEARANCE);
        assertThat(SettingsDialogs.filter(dialog, "快捷键", List.of(KEYMAP))).containsExactly(KEYMAP);
        assertThat(SettingsDialogs.filter(dialog, "restart", List.of(LANGUAGE))).containsExactly(LANGUAGE);
        assertThat(SettingsDialogs.filter(dialog, "导出", List.of(REPORT_DEFAULTS))).containsExactly(REPORT_DEFAULTS);
        // in two pages: the editor's font and Appearance ▸ Colors and Fonts
        assertThat(SettingsDialogs.filter(dialog, "字体", List.of(APPEARANCE, COLORS, EDITOR)))
                .containsExactlyInAnyOrder(APPEARANCE, COLORS, EDITOR);
        // a page's name (the plugins page as its own bundle names it)
        String plugins = PlatformUI.getWorkbench().getPreferenceManager().find(PLUGINS).getLabelText();
        assertThat(SettingsDialogs.filter(dialog, plugins, List.of(PLUGINS))).containsExactly(PLUGINS);
        // nothing for what no page holds
        assertThat(SettingsDialogs.filter(dialog, "zzqx", List.of())).isEmpty();
    }

    private static IBindingService bindings() {
        return PlatformUI.getWorkbench().getService(IBindingService.class);
    }

    static KeySequence keys(String sequence) {
        try {
            return KeySequence.getInstance(sequence);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
