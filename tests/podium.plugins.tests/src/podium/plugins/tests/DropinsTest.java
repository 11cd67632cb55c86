/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import podium.plugins.Dropins;
import podium.plugins.PluginFolders;
import podium.reports.ExporterRegistry;

/** Plugin jars in a plugin folder are loaded, updated and unloaded; a bad one is named and skipped. */
class DropinsTest {

    @TempDir
    Path folder;

    @AfterEach
    void unloadEverything() throws Exception {
        for (Bundle bundle : Dropins.loaded()) {
            bundle.uninstall();
        }
    }

    /** A plugin jar contributing one export format (its writer class is never created here). */
    private Path plugin(String file, String symbolicName, String version, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            main.putValue("Bundle-ManifestVersion", "2");
            main.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
            main.putValue("Bundle-Name", "测试插件 " + version);
            main.putValue("Bundle-Version", version);
        }
        headers.forEach(main::putValue);
        Path jar = folder.resolve(file);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.putNextEntry(new JarEntry("plugin.xml"));
            zip.write(("<?xml version=\"1.0\"?><plugin><extension point=\"podium.reports.exporters\">"
                    + "<exporter format=\"dropin-" + version + "\" extension=\"x\" name=\"插件格式\" class=\"none.Writer\"/>"
                    + "</extension></plugin>").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private List<String> load() {
        return Dropins.load(List.of(folder, folder.resolve("does-not-exist")));
    }

    @Test
    void aJarInTheFolderIsInstalledStartedAndContributes() throws Exception {
        plugin("good.jar", "test.dropin.good", "1.0.0", Map.of());
        assertThat(load()).isEmpty();
        assertThat(Dropins.loaded()).singleElement().satisfies(b -> {
            assertThat(b.getSymbolicName()).isEqualTo("test.dropin.good");
            assertThat(b.getState()).isIn(Bundle.ACTIVE, Bundle.STARTING);
        });
        assertThat(ExporterRegistry.getDefault().exporter("dropin-1.0.0")).isPresent();

        assertThat(load()).as("loading again changes nothing").isEmpty();
        assertThat(Dropins.loaded()).hasSize(1);
    }

    @Test
    void aChangedJarIsUpdatedAndARemovedOneUnloaded() throws Exception {
        Path jar = plugin("p.jar", "test.dropin.p", "1.0.0", Map.of());
        assertThat(load()).isEmpty();
        plugin("p.jar", "test.dropin.p", "2.0.0", Map.of());
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(load()).isEmpty();
        assertThat(Dropins.loaded()).singleElement()
                .satisfies(b -> assertThat(b.getVersion().toString()).isEqualTo("2.0.0"));
        assertThat(ExporterRegistry.getDefault().exporter("dropin-2.0.0")).isPresent();
        assertThat(ExporterRegistry.getDefault().exporter("dropin-1.0.0")).isEmpty();

        Files.delete(jar);
        assertThat(load()).isEmpty();
        assertThat(Dropins.loaded()).isEmpty();
        assertThat(ExporterRegistry.getDefault().exporter("dropin-2.0.0")).isEmpty();
    }

    @Test
    void badJarsAreNamedWithTheirErrorAndTheGoodOnesStillLoad() throws Exception {
        plugin("good.jar", "test.dropin.good", "1.0.0", Map.of());
        plugin("no-manifest.jar", null, "1.0.0", Map.of());
        plugin("unresolvable.jar", "test.dropin.unresolvable", "1.0.0", Map.of("Import-Package", "com.acme.nowhere"));
        Files.writeString(folder.resolve("garbage.jar"), "not a zip file");
        List<String> problems = load();
        assertThat(problems).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("plugin garbage.jar was not loaded:"));
        assertThat(problems).contains("plugin no-manifest.jar was not loaded: it is not an OSGi bundle "
                + "(no Bundle-SymbolicName in its manifest)");
        assertThat(problems).contains("plugin 测试插件 1.0.0 (test.dropin.unresolvable) was not started: "
                + "it needs the Java package com.acme.nowhere, which no installed plugin provides");
        assertThat(Dropins.loaded()).extracting(Bundle::getSymbolicName)
                .containsExactlyInAnyOrder("test.dropin.good", "test.dropin.unresolvable");
        assertThat(ExporterRegistry.getDefault().exporter("dropin-1.0.0")).isPresent();
    }

    @Test
    void anUnresolvedPluginSaysEveryMissingBundleAndPackageButNotWhatIsThere() throws Exception {
        plugin("needs.jar", "test.dropin.needs", "1.0.0", Map.of(
                "Require-Bundle", "org.eclipse.equinox.common, acme.absent;bundle-version=\"[2.0,3.0)\", acme.maybe;resolution:=optional",
                "Import-Package", "org.osgi.framework, acme.gone.pkg;version=\"1.2\""));
        assertThat(load()).containsExactly("plugin 测试插件 1.0.0 (test.dropin.needs) was not started: "
                + "it needs the bundle acme.absent, the Java package acme.gone.pkg, which no installed plugin provides");
    }

    @Test
    void theFoldersAreTheInstallationsDropinsAndTheUsersDataFolder() {
        assertThat(PluginFolders.of("file:/opt/podium/", Map.of("XDG_DATA_HOME", "/home/li/.data")))
                .containsExactly(Path.of("/opt/podium/dropins"), Path.of("/home/li/.data/podium/plugins"));
        assertThat(PluginFolders.userFolder(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/podium/plugins"));
    }
}
