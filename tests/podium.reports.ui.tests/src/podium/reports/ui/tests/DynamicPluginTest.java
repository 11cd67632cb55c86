/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import podium.reports.ui.internal.ReportsView;
import podium.testing.PluginJars;
import podium.testing.UiWait;

/** A plugin installed while the window is open adds its report to the list; uninstalling takes it away. */
class DynamicPluginTest {

    private static final String PLUGIN_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?eclipse version="3.4"?>
            <plugin>
               <extension point="podium.reports.reports">
                  <report id="dynamic.hello" name="动态问候" nameEn="Dynamic hello" category="动态" categoryEn="Dynamic"
                        producer="podium.reports.ui.tests.contributions.HelloReport"/>
               </extension>
            </plugin>
            """;

    @Test
    void aPluginInstalledAtRunTimeComesAndGoesInTheList() throws Exception {
        ReportsView view = ReportsWindow.show();
        UiWait.until("the built-in reports are listed", () -> view.listedReports().contains("progress"));
        Bundle plugin = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .installBundle("memory:reports-ui-dynamic", new ByteArrayInputStream(pluginJar()));
        try {
            plugin.start();
            UiWait.until("the plugin's report is listed", () -> view.listedReports().contains("dynamic.hello"));
            UiWait.until("it runs", () -> ReportsWindow.run(view, "dynamic.hello").data() != null);
        } finally {
            plugin.uninstall();
        }
        UiWait.until("the plugin's report is gone", () -> !view.listedReports().contains("dynamic.hello"));
        UiWait.until("its page is gone", () -> view.page("dynamic.hello").isEmpty());
    }

    private static byte[] pluginJar() throws IOException {
        return PluginJars.withPluginXml("podium.reports.ui.tests.dynamic", "动态插件", "podium.reports.ui.tests.contributions", PLUGIN_XML);
    }
}
