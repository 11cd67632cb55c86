/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.plugins.Dropins;
import podium.plugins.manager.FollowedPoints;
import podium.plugins.manager.Plugin;
import podium.plugins.manager.Plugin.State;
import podium.plugins.manager.PluginChange;
import podium.plugins.manager.PluginCodes;
import podium.plugins.manager.PluginException;
import podium.plugins.manager.PluginManager;
import podium.reports.ExporterRegistry;

/** Installing, disabling, enabling and uninstalling plugins in the running framework, with jars built here. */
class PluginManagerTest {

    @TempDir
    Path folder;

    @TempDir
    Path downloads;

    private PluginManager manager;

    @BeforeEach
    void manager() {
        manager = new PluginManager(List.of(folder), folder);
    }

    @AfterEach
    void unload() throws Exception {
        FakePlugin.unloadAll();
    }

    /**
     * Waits until the plugin's format is registered (or gone): the extension registry changes with the
     * framework at once, but tells Podium's registries on its own event thread a moment later.
     */
    private static void awaitContributes(String id, String version, boolean expected) {
        FakePlugin.eventually(id + " " + version + (expected ? " contributes" : " no longer contributes"),
                () -> ExporterRegistry.getDefault().exporter(FakePlugin.format(id, version)).isPresent() == expected);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private Plugin listed(String id) throws PluginException {
        return manager.list().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anInstalledJarIsCopiedLoadedAndListedWithItsManifest() throws Exception {
        Path jar = FakePlugin.of("test.acme", "1.2.0").header("Bundle-Vendor", "Acme 软件")
                .header("Bundle-Description", "各县区出口报表").writeTo(downloads, "acme reports.jar");
        PluginChange change = manager.install(jar, false);

        assertThat(change.summary()).isEqualTo("Installed 测试插件 test.acme 1.2.0 (test.acme).");
        assertThat(change.restartNeeded()).isFalse();
        assertThat(change.failed()).isFalse();
        assertThat(files()).containsExactly("test.acme_1.2.0.jar");
        awaitContributes("test.acme", "1.2.0", true);
        assertThat(manager.list()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("test.acme");
            assertThat(p.version()).isEqualTo("1.2.0");
            assertThat(p.name()).isEqualTo("测试插件 test.acme");
            assertThat(p.vendor()).isEqualTo("Acme 软件");
            assertThat(p.description()).isEqualTo("各县区出口报表");
            assertThat(p.state()).isEqualTo(State.ACTIVE);
            assertThat(p.error()).isNull();
            assertThat(p.removable()).isTrue();
        });
    }

    @Test
    void disablingUnloadsThePluginAndSurvivesARestartUntilEnabled() throws Exception {
        manager.install(FakePlugin.of("test.acme", "1.0.0").writeTo(downloads), false);

        PluginChange disabled = manager.disable("test.acme");
        assertThat(disabled.summary()).startsWith("Disabled 测试插件 test.acme 1.0.0 (test.acme)");
        assertThat(disabled.plugins()).singleElement().extracting(Plugin::state).isEqualTo(State.DISABLED);
        awaitContributes("test.acme", "1.0.0", false);
        assertThat(Dropins.loaded()).isEmpty();
        assertThat(Files.readString(folder.resolve("podium-plugins.properties"))).contains("test.acme = disabled");
        assertThat(manager.disable("test.acme").summary()).endsWith("is already disabled.");

        FakePlugin.unloadAll(); // a new process: nothing loaded yet
        PluginManager restarted = new PluginManager(List.of(folder), folder);
        assertThat(restarted.load()).isEmpty();
        assertThat(Dropins.loaded()).as("a disabled plugin is not loaded at start").isEmpty();
        assertThat(restarted.list()).singleElement().extracting(Plugin::state).isEqualTo(State.DISABLED);

        PluginChange enabled = restarted.enable("test.acme");
        assertThat(enabled.plugins()).singleElement().extracting(Plugin::state).isEqualTo(State.ACTIVE);
        awaitContributes("test.acme", "1.0.0", true);
        assertThat(Files.readString(folder.resolve("podium-plugins.properties"))).doesNotContain("test.acme");
        assertThat(restarted.enable("test.acme").summary()).endsWith("is already enabled.");
    }

    @Test
    void uninstallingUnloadsThePluginAndDeletesItsJar() throws Exception {
        manager.install(FakePlugin.of("test.acme", "1.0.0").writeTo(downloads), false);
        manager.disable("test.acme");

        PluginChange change = manager.uninstall("test.acme");
        assertThat(change.summary()).startsWith("Uninstalled 测试插件 test.acme 1.0.0 (test.acme)");
        assertThat(change.plugins()).isEmpty();
        assertThat(files()).doesNotContain("test.acme_1.0.0.jar");
        assertThat(manager.list()).isEmpty();
        assertThat(Dropins.loaded()).isEmpty();
        awaitContributes("test.acme", "1.0.0", false);
        assertThat(Files.readString(folder.resolve("podium-plugins.properties"))).doesNotContain("test.acme");
    }

    @Test
    void aNewerVersionIsNeverReplacedSilently() throws Exception {
        manager.install(FakePlugin.of("test.acme", "2.0.0").writeTo(downloads), false);
        Path older = FakePlugin.of("test.acme", "1.5.0").writeTo(downloads);

        assertThatThrownBy(() -> manager.install(older, false)).isInstanceOfSatisfying(PluginException.class, e -> {
            assertThat(e.code()).isEqualTo(PluginCodes.NEWER_INSTALLED);
            assertThat(e.getMessage()).isEqualTo("测试插件 test.acme 2.0.0 (test.acme) is installed, which is newer than "
                    + "the version 1.5.0 you are installing. Nothing was changed; install with --force to go back to the older version.");
        });
        assertThat(files()).containsExactly("test.acme_2.0.0.jar");
        awaitContributes("test.acme", "2.0.0", true);

        manager.install(older, true);
        assertThat(files()).containsExactly("test.acme_1.5.0.jar");
        awaitContributes("test.acme", "1.5.0", true);
        awaitContributes("test.acme", "2.0.0", false);
        assertThat(listed("test.acme").state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void aNewerVersionReplacesTheOlderOneAndTheSameVersionIsReinstalled() throws Exception {
        manager.install(FakePlugin.of("test.acme", "1.0.0").writeTo(downloads), false);
        manager.install(FakePlugin.of("test.acme", "1.1.0").writeTo(downloads), false);
        assertThat(files()).containsExactly("test.acme_1.1.0.jar");
        awaitContributes("test.acme", "1.0.0", false);
        awaitContributes("test.acme", "1.1.0", true);

        Path rebuilt = FakePlugin.of("test.acme", "1.1.0")
                .extension("<extension point=\"podium.reports.exporters\"><exporter format=\"fake-rebuilt\" "
                        + "extension=\"x\" name=\"重新构建\" class=\"none.Writer\"/></extension>")
                .writeTo(downloads, "rebuilt.jar");
        manager.install(rebuilt, false);
        assertThat(files()).containsExactly("test.acme_1.1.0.jar");
        FakePlugin.eventually("the new jar's format is registered",
                () -> ExporterRegistry.getDefault().exporter("fake-rebuilt").isPresent());
        assertThat(Dropins.loaded()).hasSize(1);
    }

    @Test
    void installingADisabledPluginAgainEnablesIt() throws Exception {
        Path jar = FakePlugin.of("test.acme", "1.0.0").writeTo(downloads);
        manager.install(jar, false);
        manager.disable("test.acme");
        assertThat(manager.install(jar, false).plugins()).singleElement().extracting(Plugin::state).isEqualTo(State.ACTIVE);
        awaitContributes("test.acme", "1.0.0", true);
    }

    @Test
    void brokenPluginsAreListedWithTheirErrorAndBreakNothingElse() throws Exception {
        FakePlugin.of("test.good", "1.0.0").writeTo(folder);
        FakePlugin.of("test.unresolvable", "1.0.0").header("Import-Package", "com.acme.nowhere").writeTo(folder);
        FakePlugin.of("test.bad", "1.0.0").header("Bundle-SymbolicName", "").writeTo(folder, "no-name.jar");
        Files.writeString(folder.resolve("garbage.jar"), "not a zip file");

        assertThat(manager.load()).hasSize(3);
        List<Plugin> plugins = manager.list();
        assertThat(plugins).extracting(Plugin::id).containsExactly("garbage.jar", "no-name.jar", "test.good",
                "test.unresolvable");
        assertThat(plugins.get(0).state()).isEqualTo(State.FAILED);
        assertThat(plugins.get(0).error()).isEqualTo("garbage.jar is not a plugin jar: it cannot be read as a zip archive (a download that did not finish, or another kind of file renamed .jar?)");
        assertThat(plugins.get(1).error()).isEqualTo("no-name.jar is not an OSGi bundle (no Bundle-SymbolicName in its manifest)");
        assertThat(plugins.get(2).state()).isEqualTo(State.ACTIVE);
        assertThat(plugins.get(3).state()).isEqualTo(State.FAILED);
        assertThat(plugins.get(3).error()).startsWith("plugin 测试插件 test.unresolvable (test.unresolvable) was not started:")
                .contains("com.acme.nowhere");
        awaitContributes("test.good", "1.0.0", true);

        manager.install(FakePlugin.of("test.other", "1.0.0").writeTo(downloads), false);
        awaitContributes("test.other", "1.0.0", true);
    }

    @Test
    void aPluginWhoseRequirementIsDisabledFailsWithItsErrorAndRecoversWhenEnabled() throws Exception {
        manager.install(FakePlugin.of("test.base", "1.0.0").header("Export-Package", "test.base.api").writeTo(downloads), false);
        manager.install(FakePlugin.of("test.user", "1.0.0").header("Import-Package", "test.base.api").writeTo(downloads), false);
        assertThat(listed("test.user").state()).isEqualTo(State.ACTIVE);

        manager.disable("test.base");
        assertThat(listed("test.user").state()).isEqualTo(State.FAILED);
        assertThat(listed("test.user").error()).contains("test.base.api");
        awaitContributes("test.user", "1.0.0", false);

        manager.enable("test.base");
        assertThat(listed("test.user").state()).isEqualTo(State.ACTIVE);
        awaitContributes("test.user", "1.0.0", true);
    }

    @Test
    void whatIsNotAPluginIsRefusedWithACodeAndNothingChanges() throws Exception {
        Files.writeString(downloads.resolve("notes.jar"), "not a zip file");
        assertCode(() -> manager.install(downloads.resolve("notes.jar"), false), PluginCodes.NOT_A_PLUGIN);
        assertCode(() -> manager.install(downloads.resolve("missing.jar"), false), PluginCodes.NO_SUCH_FILE);
        Path impostor = FakePlugin.of("podium.reports", "9.0.0").writeTo(downloads);
        assertCode(() -> manager.install(impostor, false), PluginCodes.PART_OF_PODIUM);
        assertCode(() -> manager.disable("podium.reports"), PluginCodes.PART_OF_PODIUM);
        assertCode(() -> manager.uninstall("podium.reports"), PluginCodes.PART_OF_PODIUM);
        assertCode(() -> manager.enable("test.nobody"), PluginCodes.UNKNOWN_PLUGIN);
        assertThat(files()).isEmpty();
    }

    @Test
    void aP2RepositoryFolderInstallsItsNewestPluginsAndSkipsPodiumsOwn() throws Exception {
        Path repository = downloads.resolve("repository");
        Path plugins = repository.resolve("plugins");
        FakePlugin.of("test.one", "1.0.0").writeTo(plugins, "test.one_1.0.0.jar");
        FakePlugin.of("test.one", "0.9.0").writeTo(plugins, "test.one_0.9.0.jar");
        FakePlugin.of("test.two", "2.0.0").writeTo(plugins, "test.two_2.0.0.jar");
        FakePlugin.of("test.one.source", "1.0.0").header("Eclipse-SourceBundle", "test.one;version=\"1.0.0\"")
                .writeTo(plugins, "test.one.source_1.0.0.jar");
        FakePlugin.of("podium.reports", "0.1.0").writeTo(plugins, "podium.reports_0.1.0.jar");
        Files.writeString(repository.resolve("artifacts.xml"), "<repository/>");

        PluginChange change = manager.install(repository, false);
        assertThat(change.summary()).isEqualTo("Installed 2 plugins from " + repository + ".");
        assertThat(change.notes()).containsExactly("skipped 测试插件 podium.reports 0.1.0 (podium.reports): it is part of Podium");
        assertThat(files()).containsExactly("test.one_1.0.0.jar", "test.two_2.0.0.jar");
        assertThat(change.plugins()).extracting(Plugin::state).containsOnly(State.ACTIVE);
        awaitContributes("test.one", "1.0.0", true);
        awaitContributes("test.two", "2.0.0", true);

        assertCode(() -> manager.install(downloads, false), PluginCodes.NOTHING_TO_INSTALL);
    }

    @Test
    void aPluginContributingToThePlatformSaysThatARestartIsNeeded() throws Exception {
        Path jar = FakePlugin.of("test.views", "1.0.0")
                .extension("<extension point=\"org.eclipse.ui.views\"><view id=\"test.view\" name=\"视图\" class=\"none.View\"/></extension>")
                .writeTo(downloads);
        PluginChange change = manager.install(jar, false);
        assertThat(change.restartNeeded()).isTrue();
        assertThat(change.notes()).containsExactly("Restart Podium to complete this: the views of 测试插件 test.views 1.0.0 "
                + "(test.views) appear in or leave the workbench only when it starts.");
        assertThat(manager.disable("test.views").restartNeeded()).isTrue();
    }

    @Test
    void aPlatformPointTheRunningPodiumFollowsNeedsNoRestart() throws Exception {
        Path jar = FakePlugin.of("test.views", "1.0.0")
                .extension("<extension point=\"org.eclipse.ui.views\"><view id=\"test.view\" name=\"视图\" class=\"none.View\"/></extension>")
                .extension("<extension point=\"org.eclipse.ui.menus\"/>")
                .writeTo(downloads);
        FollowedPoints.follow("org.eclipse.ui.views");
        try {
            PluginChange change = manager.install(jar, false);
            // its views are followed, its menus are not: the restart is still needed, for the menus alone
            assertThat(change.notes()).containsExactly("Restart Podium to complete this: 测试插件 test.views 1.0.0 (test.views) "
                    + "contributes to org.eclipse.ui.menus, which the workbench reads only when it starts.");
        } finally {
            FollowedPoints.unfollow("org.eclipse.ui.views");
        }
        // no longer followed (a headless podium plugins): both points want the restart, the views said as views
        assertThat(manager.disable("test.views").notes()).containsExactly(
                "Restart Podium to complete this: the views of 测试插件 test.views 1.0.0 (test.views) appear in or leave the "
                        + "workbench only when it starts.",
                "Restart Podium to complete this: 测试插件 test.views 1.0.0 (test.views) contributes to org.eclipse.ui.menus, "
                        + "which the workbench reads only when it starts.");
    }

    @Test
    void aPluginContributingOnlyToFollowedPointsNeedsNoRestart() throws Exception {
        Path jar = FakePlugin.of("test.views", "1.0.0")
                .extension("<extension point=\"org.eclipse.ui.views\"><view id=\"test.view\" name=\"视图\" class=\"none.View\"/></extension>")
                .writeTo(downloads);
        FollowedPoints.follow("org.eclipse.ui.views");
        try {
            PluginChange change = manager.install(jar, false);
            assertThat(change.restartNeeded()).isFalse();
            assertThat(change.notes()).isEmpty();
            assertThat(manager.uninstall("test.views").restartNeeded()).isFalse();
        } finally {
            FollowedPoints.unfollow("org.eclipse.ui.views");
        }
    }

    private static void assertCode(ThrowingRunnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
