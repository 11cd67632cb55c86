/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

import podium.plugins.Dropins;

/**
 * A plugin jar built by a test: a manifest and a {@code plugin.xml} contributing the export format
 * {@link #format(String, String)} (its writer class is never created), plus whatever a test adds.
 */
final class FakePlugin {

    private final String id;
    private final String version;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String extensions = "";

    private FakePlugin(String id, String version) {
        this.id = id;
        this.version = version;
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", id + ";singleton:=true");
        headers.put("Bundle-Version", version);
        headers.put("Bundle-Name", "测试插件 " + id);
        extensions = "<extension point=\"podium.reports.exporters\"><exporter format=\"" + format(id, version)
                + "\" extension=\"x\" name=\"测试格式\" class=\"none.Writer\"/></extension>";
    }

    static FakePlugin of(String id, String version) {
        return new FakePlugin(id, version);
    }

    /** The export format the plugin contributes, so that a test can see whether it is loaded. */
    static String format(String id, String version) {
        return "fake-" + id + "-" + version;
    }

    FakePlugin header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    FakePlugin extension(String xml) {
        extensions += xml;
        return this;
    }

    /** Writes the jar as {@code folder/file}. */
    Path writeTo(Path folder, String file) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach(main::putValue);
        Files.createDirectories(folder);
        Path jar = folder.resolve(file);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.putNextEntry(new JarEntry("plugin.xml"));
            zip.write(("<?xml version=\"1.0\"?><plugin>" + extensions + "</plugin>").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    /** Writes the jar as {@code folder/ID-VERSION.jar}. */
    Path writeTo(Path folder) throws IOException {
        return writeTo(folder, id + "-" + version + ".jar");
    }

    /** Polls {@code condition} for up to 10 s; fails naming {@code what}. */
    static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what, e);
            }
        }
    }

    /** Unloads every plugin loaded from a plugin folder and lets the framework forget them. */
    static void unloadAll() throws Exception {
        for (Bundle bundle : Dropins.loaded()) {
            bundle.uninstall();
        }
        FrameworkWiring wiring = FrameworkUtil.getBundle(FakePlugin.class).getBundleContext()
                .getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class);
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(null, event -> done.countDown());
        done.await(60, TimeUnit.SECONDS);
    }
}
