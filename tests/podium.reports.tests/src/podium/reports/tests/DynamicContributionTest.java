/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import podium.reports.ReportDescriptor;
import podium.reports.ReportRegistry;

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
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "podium.reports.tests.dynamic;singleton:=true");
        main.putValue("Bundle-Name", "动态插件");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "podium.reports.tests.contributions");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("plugin.xml"));
            jar.write(PLUGIN_XML.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
