/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import podium.inspections.ui.tests.contributions.LateInspection;
import podium.lang.ui.internal.SeverityPreferencePage;
import podium.testing.PluginJars;
import podium.testing.UiWait;

/**
 * The inspections page follows the plugins while it is open: a plugin installed then lists its rule,
 * and the rule goes when the plugin is uninstalled; a choice made on the page for another rule stays.
 */
class InspectionsPageFollowsPluginsTest {

    @Test
    void aPluginInstalledWhileThePageIsOpenListsItsRuleAndItGoesWithThePlugin() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, SeverityPreferencePage.ID,
                new String[] {SeverityPreferencePage.ID}, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Bundle plugin = null;
        try {
            UiWait.drain();
            SeverityPreferencePage page = (SeverityPreferencePage) dialog.getSelectedPage();
            assertThat(page.shown(LateInspection.CODE)).isEmpty();
            boolean chosen = !page.shown("SMPL-T001").orElseThrow().ticked();
            page.tick("SMPL-T001", chosen);

            plugin = FrameworkUtil.getBundle(getClass()).getBundleContext()
                    .installBundle("memory:late-inspection", new ByteArrayInputStream(PluginJars.withPluginXml(
                            "podium.inspections.ui.tests.late", "后装的检查插件", "podium.inspections.ui.tests.contributions", """
                                    <?xml version="1.0" encoding="UTF-8"?>
                                    <?eclipse version="3.4"?>
                                    <plugin>
                                       <extension point="podium.inspections.inspections">
                                          <inspection class="podium.inspections.ui.tests.contributions.LateInspection"/>
                                       </extension>
                                    </plugin>
                                    """)));
            plugin.start();
            UiWait.until("the page lists the plugin's rule", () -> page.shown(LateInspection.CODE).isPresent());
            assertThat(page.shown(LateInspection.CODE).orElseThrow().plugin()).contains("后装的检查插件");
            assertThat(page.shown("SMPL-T001").orElseThrow().ticked()).as("the choice made before").isEqualTo(chosen);

            plugin.uninstall();
            plugin = null;
            UiWait.until("the rule is gone", () -> page.shown(LateInspection.CODE).isEmpty());
        } finally {
            if (plugin != null) {
                plugin.uninstall();
            }
            dialog.close();
        }
    }
}
