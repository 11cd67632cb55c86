/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import podium.testing.PlanTexts;
import podium.testing.UiWait;

/** Settings ▸ Editor: the editors' font with a separate font for Chinese characters. */
class EditorPageTest {

    @AfterEach
    void close() throws Exception {
        SettingsDialogs.open(PreferenceDialog.class).ifPresent(PreferenceDialog::close);
        SettingsDialogs.window().getActivePage().closeAllEditors(false);
        EditorFont.reset(Display.getCurrent());
        UiWait.drain();
        // other tests expect the workspace as they left it
        ResourcesPlugin.getWorkspace().getRoot().getProject("settings-fonts").delete(true, true, null);
    }

    @Test
    void byDefaultChineseComesFromTheBestInstalledChineseFont() {
        Optional<String> best = FontFamilies.preferredCjk(EditorFont.installedFamilies(Display.getCurrent()));
        assertThat(best).as("a Chinese font installed (releng/scripts/ensure-tools.sh installs one)").isPresent();

        assertThat(FontFamilies.parse(JFaceResources.getTextFont().getFontData()[0].getName()).cjk()).isEqualTo(best);
    }

    @Test
    void aFontChosenOnThePageReachesOpenEditorsAndRestoreDefaultsUndoesIt() throws Exception {
        Set<String> installed = EditorFont.installedFamilies(Display.getCurrent());
        assertThat(installed).as("fonts of fonts-dejavu-core and fonts-wqy-zenhei").contains("DejaVu Sans Mono", "WenQuanYi Zen Hei");
        StyledText text = openPlan();
        FontData before = text.getFont().getFontData()[0];

        PreferenceDialog dialog = SettingsDialogs.openOn("podium.ui.settings.editor");
        EditorPage page = (EditorPage) dialog.getSelectedPage();
        page.choose("DejaVu Sans Mono", 13, "WenQuanYi Zen Hei");
        SettingsDialogs.pressOk(dialog);

        UiWait.until("the editor's font changed", () -> text.getFont().getFontData()[0].getHeight() == 13);
        assertThat(text.getFont().getFontData()[0].getName()).isEqualTo("DejaVu Sans Mono,WenQuanYi Zen Hei");

        dialog = SettingsDialogs.openOn("podium.ui.settings.editor");
        page = (EditorPage) dialog.getSelectedPage();
        page.performDefaults();
        SettingsDialogs.pressOk(dialog);

        UiWait.until("the editor's font is the default again", () -> text.getFont().getFontData()[0].equals(before));
    }

    private static StyledText openPlan() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("settings-fonts");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("plan.podium");
        if (!file.exists()) {
            file.create(new ByteArrayInputStream(PlanTexts.DEFINITIONS.getBytes(StandardCharsets.UTF_8)), true, null);
        }
        IEditorPart editor = IDE.openEditor(SettingsDialogs.window().getActivePage(), file);
        UiWait.drain();
        return (StyledText) editor.getAdapter(Control.class);
    }
}
