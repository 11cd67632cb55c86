/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.cli.PodiumCli;
import podium.cli.internal.WorkingDirectory;
import podium.plugins.PluginFolders;

/**
 * {@code podium plugins} with the example plugin as the reactor builds it: its report comes and goes
 * with install, disable, enable and uninstall, in the same process, as {@code podium report --list} shows.
 */
class PluginsCommandTest {

    private static final Path SAMPLE = Path.of(System.getProperty("podium.sampleJar",
            "../../samples/podium.sample.reports/target/podium.sample.reports-1.0.0-SNAPSHOT.jar")).toAbsolutePath().normalize();
    private static final Path REPOSITORY = Path.of(System.getProperty("podium.sampleRepository",
            "../../samples/podium.sample.repository/target/repository")).toAbsolutePath().normalize();
    private static final Path EXAMPLES = Path.of(System.getProperty("podium.examples", "../../examples"))
            .toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @TempDir
    Path downloads;

    @BeforeEach
    void pluginFolder() {
        assertThat(SAMPLE).as("the sample plugin is built first: ./mvnw package -pl samples/podium.sample.reports").isRegularFile();
        System.setProperty(PluginFolders.PROPERTY, folder.toString());
    }

    @AfterEach
    void unload() throws Exception {
        System.clearProperty(PluginFolders.PROPERTY);
        FakePlugin.unloadAll();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run podium(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PodiumCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Waits until {@code podium report --list} shows the sample's report, or no longer does (see PluginManagerTest). */
    private static void awaitSampleReport(boolean expected) {
        FakePlugin.eventually(expected ? "the sample's report is listed" : "the sample's report is gone",
                () -> sampleReportListed() == expected);
    }

    private static boolean sampleReportListed() {
        Run list = podium("report", "--list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).as("the built-in reports stay").contains("progress ");
        return list.out().lines().anyMatch(line -> line.startsWith("sample.exportGrowth "));
    }

    @Test
    void theSamplePluginsReportComesAndGoesWithoutARestart() throws Exception {
        awaitSampleReport(false);

        Run install = podium("plugins", "install", SAMPLE.toString());
        assertThat(install.err()).isEmpty();
        assertThat(install.code()).isZero();
        assertThat(install.out()).startsWith("Installed Podium Sample Reports 1.0.0.")
                .containsPattern("(?m)^podium\\.sample\\.reports  1\\.0\\.0\\.\\S+  active    Podium Sample Reports \\(Podium Samples\\)$")
                // its view: a workbench open beside this command adds it only when it starts again
                .containsPattern("(?m)^Restart Podium to complete this: the views of Podium Sample Reports 1\\.0\\.0\\.\\S+ "
                        + "\\(podium\\.sample\\.reports\\) appear in or leave the workbench only when it starts\\.$");
        awaitSampleReport(true);
        Run report = podium("report", "sample.exportGrowth", "--plan", EXAMPLES.toString(), "--format", "md");
        assertThat(report.out()).contains("| 邓州市 | 528 | 333 | 58.56% |");

        Run disable = podium("plugins", "disable", "podium.sample.reports");
        assertThat(disable.code()).isZero();
        assertThat(disable.out()).contains("disabled");
        awaitSampleReport(false);
        assertThat(podium("plugins", "list").out()).containsPattern("(?m)^podium\\.sample\\.reports  \\S+  disabled  ");

        assertThat(podium("plugins", "enable", "podium.sample.reports").code()).isZero();
        awaitSampleReport(true);

        Run uninstall = podium("plugins", "uninstall", "podium.sample.reports");
        assertThat(uninstall.code()).isZero();
        assertThat(uninstall.out()).startsWith("Uninstalled Podium Sample Reports 1.0.0.");
        awaitSampleReport(false);
        assertThat(podium("plugins", "list").out()).startsWith("no plugins installed in ");
    }

    @Test
    void theSampleIsInstalledFromTheP2RepositoryTheReactorBuilds() throws Exception {
        assertThat(REPOSITORY.resolve("plugins")).as("built by samples/podium.sample.repository").isDirectory();
        Run install = podium("plugins", "install", REPOSITORY.toString());
        assertThat(install.err()).isEmpty();
        assertThat(install.code()).isZero();
        assertThat(install.out()).startsWith("Installed 1 plugin from " + REPOSITORY + ".")
                .containsPattern("(?m)^podium\\.sample\\.reports  1\\.0\\.0\\.\\S+  active ");
        awaitSampleReport(true);
    }

    @Test
    void anOlderSampleIsRefusedWithItsCodeUnlessForced() throws Exception {
        FakePlugin.of("podium.sample.reports", "9.0.0").writeTo(folder, "podium.sample.reports_9.0.0.jar");
        Run install = podium("plugins", "install", SAMPLE.toString());
        assertThat(install.code()).isEqualTo(1);
        assertThat(install.out()).isEmpty();
        assertThat(install.err()).startsWith("podium plugins install: error PDM-E003 测试插件 podium.sample.reports 9.0.0 "
                + "(podium.sample.reports) is installed, which is newer than the version 1.0.0.");
        assertThat(Files.exists(folder.resolve("podium.sample.reports_9.0.0.jar"))).isTrue();

        Run forced = podium("plugins", "install", "--force", SAMPLE.toString());
        assertThat(forced.code()).isZero();
        assertThat(Files.exists(folder.resolve("podium.sample.reports_9.0.0.jar"))).isFalse();
        awaitSampleReport(true);
    }

    @Test
    void aBrokenJarIsListedWithItsErrorAndFailsItsInstallWithExit1() throws Exception {
        Path broken = FakePlugin.of("test.broken", "1.0.0").header("Require-Bundle", "acme.missing").writeTo(downloads);
        Run install = podium("plugins", "install", broken.toString());
        assertThat(install.code()).isEqualTo(1);
        assertThat(install.out()).contains("test.broken  1.0.0  failed");
        assertThat(install.err()).startsWith("podium plugins install: error PDM-E009 test.broken: plugin 测试插件 test.broken "
                + "(test.broken) was not started:").contains("acme.missing");

        Files.writeString(folder.resolve("garbage.jar"), "not a zip");
        Run list = podium("plugins", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).containsPattern("(?m)^garbage\\.jar +failed")
                .contains("    error: garbage.jar is not a plugin jar: it cannot be read as a zip archive (a download that did not finish, or another kind of file renamed .jar?)")
                .contains("    error: plugin 测试插件 test.broken (test.broken) was not started:");
        assertThat(podium("plugins", "install", SAMPLE.toString()).code()).isZero();
        awaitSampleReport(true);
    }

    @Test
    void aFolderWithOnlyAJarThatIsNotAPluginIsListed() throws Exception {
        Files.writeString(folder.resolve("garbage.jar"), "not a zip");
        Run list = podium("plugins", "list");
        assertThat(list.err()).isEmpty();
        assertThat(list.code()).isZero();
        assertThat(list.out()).startsWith("garbage.jar     failed" + System.lineSeparator()
                + "    error: garbage.jar is not a plugin jar: it cannot be read as a zip archive (a download that did not finish, "
                + "or another kind of file renamed .jar?)" + System.lineSeparator());
    }

    /** Its folder as every command names a path: relative to the working directory when inside it. */
    @Test
    void uninstallNamesThePluginFolderRelativeToTheWorkingDirectory() throws Exception {
        assertThat(podium("plugins", "install", FakePlugin.of("test.acme", "1.0.0").writeTo(downloads).toString()).code()).isZero();

        Run uninstall = WorkingDirectory.with(folder.getParent(), () -> podium("plugins", "uninstall", "test.acme"));

        assertThat(uninstall.code()).isZero();
        assertThat(uninstall.out()).startsWith("Uninstalled 测试插件 test.acme 1.0.0 (test.acme): unloaded and its jar deleted from "
                + folder.getFileName() + "." + System.lineSeparator());
    }

    @Test
    void usageErrorsAndRefusalsHaveTheirExitCodesAndNoStackTrace() {
        Run unknown = podium("plugins", "disable", "acme.nothing");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("podium plugins disable: error PDM-E005 no plugin 'acme.nothing' is installed "
                + "('podium plugins list' shows the installed plugins)" + System.lineSeparator());
        Run missing = podium("plugins", "install", downloads.resolve("nope.jar").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("podium plugins install: error PDM-E001 no such file or folder: ");
        Run builtIn = podium("plugins", "uninstall", "podium.reports");
        assertThat(builtIn.code()).isEqualTo(1);
        assertThat(builtIn.err()).contains("PDM-E004 podium.reports is part of Podium itself");
        assertThat(podium("plugins", "install").code()).isEqualTo(2);
    }

    @Test
    void theHelpListsTheSubcommandsWithOneLineEach() {
        Run help = podium("plugins", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("  list       Lists the installed plugins.",
                "  install    Installs a plugin jar or the plugins of a p2 repository folder,",
                "  disable    Disables a plugin: it is unloaded and stays off, its jar kept,");
    }
}
