/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import podium.reports.ReportDescriptor;
import podium.reports.ReportRegistry;
import podium.testing.PluginJars;

/** A plugin installed at run time adds its report, and takes it away when uninstalled, without restart. */
class DynamicContributionTest {

    private static final String PLUGIN_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?eclipse version="3.4"?>
            <plugin>
               <extension point="podium.reports.reports">
                  <report id="dynamic.hello" name="动态问候" nameEn="Dynamic hello"
                        producer="podium.reports.tests.contributions.HelloReport"/>
               </extension>
            </plugin>
            """;

    @Test
    void installingAndUninstallingAPluginAddsAndRemovesItsReport() throws Exception {
        ReportRegistry registry = ReportRegistry.getDefault();
        assertThat(registry.report("dynamic.hello")).isEmpty();
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();

        CountDownLatch added = new CountDownLatch(1);
        Runnable onAdd = added::countDown;
        registry.addChangeListener(onAdd);
        Bundle plugin = context.installBundle("memory:dynamic-plugin", new ByteArrayInputStream(pluginJar()));
        try {
            plugin.start();
            assertThat(added.await(10, TimeUnit.SECONDS)).as("registry change heard").isTrue();
            ReportDescriptor report = registry.report("dynamic.hello").orElseThrow();
            assertThat(report.contributor().label()).isEqualTo("动态插件 (podium.reports.tests.dynamic)");
            assertThat(report.producer()).isNotNull();
        } finally {
            registry.removeChangeListener(onAdd);
            CountDownLatch removed = new CountDownLatch(1);
            Runnable onRemove = removed::countDown;
            registry.addChangeListener(onRemove);
            plugin.uninstall();
            assertThat(removed.await(10, TimeUnit.SECONDS)).as("registry change heard").isTrue();
            registry.removeChangeListener(onRemove);
        }
        assertThat(registry.report("dynamic.hello")).isEmpty();
        assertThat(registry.report("test.hello")).isPresent();
    }

    private static byte[] pluginJar() throws IOException {
        return PluginJars.withPluginXml("podium.reports.tests.dynamic", "动态插件", "podium.reports.tests.contributions", PLUGIN_XML);
    }
}
