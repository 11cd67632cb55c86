/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.testing.UiWait;

/** Settings ▸ Language writes the choice for the launch script and says it needs a restart. */
class LanguagePageTest {
    @TempDir
    Path home;

    @AfterEach
    void close() {
        SettingsDialogs.open(PreferenceDialog.class).ifPresent(PreferenceDialog::close);
        UiWait.drain();
    }

    @Test
    void choosingEnglishWritesItAndOffersARestartThatCanWait() throws Exception {
        Path file = home.resolve("podium/language");
        PreferenceDialog dialog = SettingsDialogs.openOn("podium.ui.settings.language");
        LanguagePage page = (LanguagePage) dialog.getSelectedPage();
        page.useSetting(new LanguageSetting(file));
        page.choose("en");

        // The restart question is modal: answer it ("Later") from inside its own event loop.
        AtomicReference<String> question = new AtomicReference<>();
        Display.getCurrent().asyncExec(() -> answerLater(question));
        SettingsDialogs.pressOk(dialog);
        UiWait.until("the restart question was answered", () -> question.get() != null);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("en\n");
        assertThat(question.get()).isEqualTo(Messages.LanguagePage_restart);
    }

    private static void answerLater(AtomicReference<String> question) {
        MessageDialog ask = SettingsDialogs.open(MessageDialog.class).orElse(null);
        if (ask == null) {
            Display.getCurrent().timerExec(50, () -> answerLater(question));
            return;
        }
        question.set(SettingsDialogs.find(ask.getShell(), Label.class,
                l -> l.getText().equals(Messages.LanguagePage_restart)).map(Label::getText).orElse("(not said)"));
        // the buttons' ids are their positions: Restart Now, Later
        assertThat(SettingsDialogs.find(ask.getShell(), Button.class, b -> Integer.valueOf(1).equals(b.getData()))
                .map(Button::getText)).contains(Messages.LanguagePage_restartLater);
        SettingsDialogs.press(ask.getShell(), 1);
    }

    @Test
    void followingTheSystemRemovesTheChoice() throws Exception {
        Path file = home.resolve("podium/language");
        new LanguageSetting(file).choose(java.util.Optional.of("zh_CN"));
        PreferenceDialog dialog = SettingsDialogs.openOn("podium.ui.settings.language");
        LanguagePage page = (LanguagePage) dialog.getSelectedPage();
        page.useSetting(new LanguageSetting(file));
        page.choose(null);

        Display.getCurrent().asyncExec(() -> answerLater(new AtomicReference<>()));
        SettingsDialogs.pressOk(dialog);
        UiWait.drain();

        assertThat(file).doesNotExist();
    }

    @Test
    void theSystemsChoiceNamesTheLocalesLanguageNotTheOneRunning() {
        // the tests run in English; the launch script found a Chinese locale
        String before = System.getProperty("podium.systemNl");
        System.setProperty("podium.systemNl", "zh_CN");
        try {
            PreferenceDialog dialog = SettingsDialogs.openOn("podium.ui.settings.language");
            assertThat(SettingsDialogs.find(dialog.getShell(), Button.class, b -> b.getData() == null && (b.getStyle() & SWT.RADIO) != 0)
                    .map(Button::getText)).contains(NLS.bind(Messages.LanguagePage_system, "简体中文"));
        } finally {
            if (before == null) {
                System.clearProperty("podium.systemNl");
            } else {
                System.setProperty("podium.systemNl", before);
            }
        }
    }
}
