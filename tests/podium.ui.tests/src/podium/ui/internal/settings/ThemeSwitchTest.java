/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.testing.PlanTexts;
import podium.testing.UiWait;

/** Settings ▸ Appearance switches the CSS theme, and the plan editor's colours follow it. */
class ThemeSwitchTest {
    private IEditorPart editor;

    @BeforeEach
    void openPlan() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("settings-theme");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("plan.podium");
        if (!file.exists()) {
            file.create(new ByteArrayInputStream(PlanTexts.DEFINITIONS.getBytes(StandardCharsets.UTF_8)), true, null);
        }
        editor = IDE.openEditor(SettingsDialogs.window().getActivePage(), file);
        UiWait.drain();
    }

    @AfterEach
    void backToLight() throws Exception {
        SettingsDialogs.open(PreferenceDialog.class).ifPresent(PreferenceDialog::close);
        Themes.engine().setTheme(Themes.LIGHT, true);
        SettingsDialogs.window().getActivePage().closeAllEditors(false);
        UiWait.drain();
        // other tests expect the workspace as they left it
        ResourcesPlugin.getWorkspace().getRoot().getProject("settings-theme").delete(true, true, null);
    }

    @Test
    void lightThemeByDefault() {
        assertThat(Themes.engine().getActiveTheme().getId()).isEqualTo(Themes.LIGHT);
        assertThat(brightness(editorText().getBackground().getRGB())).isGreaterThan(0.8);
        UiWait.until("the plan is highlighted", () -> new RGB(127, 0, 85).equals(keywordColour()));
    }

    @Test
    void choosingDarkOnAppearanceRestylesTheWindowAndTheEditorAndBackAgain() {
        choose(Themes.DARK);

        IThemeEngine engine = Themes.engine();
        UiWait.until("the dark theme is active", () -> Themes.DARK.equals(engine.getActiveTheme().getId()));
        UiWait.until("the editor turned dark", () -> brightness(editorText().getBackground().getRGB()) < 0.3);
        assertThat(brightness(editorText().getForeground().getRGB())).isGreaterThan(0.6);
        assertThat(brightness(SettingsDialogs.window().getShell().getBackground().getRGB())).isLessThan(0.4);
        // the keyword "plan" at the start: podium.lang.ui's css/dark.css gives keywords #CC7832
        UiWait.until("the keywords took the dark theme's colour", () -> new RGB(0xCC, 0x78, 0x32).equals(keywordColour()));

        choose(Themes.LIGHT);

        UiWait.until("the light theme is active", () -> Themes.LIGHT.equals(engine.getActiveTheme().getId()));
        UiWait.until("the editor turned light", () -> brightness(editorText().getBackground().getRGB()) > 0.8);
        // and back to the colour definition's own value (plugin.xml: 127,0,85)
        UiWait.until("the keywords took the light colour again", () -> new RGB(127, 0, 85).equals(keywordColour()));
    }

    private RGB keywordColour() {
        StyleRange range = editorText().getStyleRangeAtOffset(0);
        return range == null || range.foreground == null ? null : range.foreground.getRGB();
    }

    private static void choose(String themeId) {
        PreferenceDialog dialog = SettingsDialogs.openOn("podium.ui.settings.appearance");
        AppearancePage page = (AppearancePage) dialog.getSelectedPage();
        page.choose(themeId);
        SettingsDialogs.pressOk(dialog);
    }

    private StyledText editorText() {
        return (StyledText) editor.getAdapter(Control.class);
    }

    /** Relative luminance, 0 black to 1 white. */
    static double brightness(RGB rgb) {
        return (0.2126 * rgb.red + 0.7152 * rgb.green + 0.0722 * rgb.blue) / 255;
    }
}
