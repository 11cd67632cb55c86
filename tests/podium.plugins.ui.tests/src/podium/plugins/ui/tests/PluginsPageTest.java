/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.plugins.PluginFolders;
import podium.plugins.manager.Plugin;
import podium.plugins.ui.internal.PluginsPreferencePage;
import podium.reports.ui.internal.ReportsView;
import podium.testing.Screenshots;
import podium.testing.UiWait;
import podium.ui.ToolWindows;

/**
 * Preferences > Plugins in the running workbench installs, disables, enables and uninstalls the example
 * plugin built by the reactor; its report appears in and disappears from the reports window each time.
 */
class PluginsPageTest {

    private static final Path SAMPLE = Path.of(System.getProperty("podium.sampleJar",
            "../../samples/podium.sample.reports/target/podium.sample.reports-1.0.0-SNAPSHOT.jar")).toAbsolutePath().normalize();
    private static final String REPORT = "sample.exportGrowth";

    @TempDir
    Path folder;

    private String previousFolders;
    private PreferenceDialog dialog;

    @BeforeEach
    void pluginFolder() {
        assertThat(SAMPLE).as("the sample plugin is built first").isRegularFile();
        previousFolders = System.getProperty(PluginFolders.PROPERTY);
        System.setProperty(PluginFolders.PROPERTY, folder.toString());
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        if (previousFolders == null) {
            System.clearProperty(PluginFolders.PROPERTY);
        } else {
            System.setProperty(PluginFolders.PROPERTY, previousFolders);
        }
    }

    private PluginsPreferencePage openPage() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), "podium.plugins.ui.page", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiWait.drain();
        return (PluginsPreferencePage) dialog.getSelectedPage();
    }

    private static Optional<Plugin> sample(PluginsPreferencePage page) {
        return page.plugins().stream().filter(p -> p.id().equals("podium.sample.reports")).findFirst();
    }

    private static void waitIdle(PluginsPreferencePage page) {
        UiWait.until("the change is done", () -> !page.isBusy());
    }

    @Test
    void theSamplePluginIsInstalledDisabledEnabledAndUninstalledWhileTheWorkbenchRuns() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        ReportsView reports = (ReportsView) window.getActivePage().showView(ToolWindows.REPORTS);
        UiWait.until("the built-in reports are listed", () -> reports.listedReports().contains("progress"));
        assertThat(reports.listedReports()).doesNotContain(REPORT);
        PluginsPreferencePage page = openPage();
        assertThat(page.plugins()).isEmpty();
        assertThat(page.status()).startsWith("No plugins are installed.");

        page.install(SAMPLE);
        waitIdle(page);
        assertThat(sample(page)).get().extracting(Plugin::state).isEqualTo(Plugin.State.ACTIVE);
        assertThat(page.status()).startsWith("Installed Podium Sample Reports 1.0.0.");
        UiWait.until("its report is in the reports window", () -> reports.listedReports().contains(REPORT));
        assertThat(button("&Disable").isEnabled()).as("the installed plugin is selected").isTrue();
        assertThat(button("&Uninstall").isEnabled()).isTrue();
        assertThat(button("&Enable").isEnabled()).isFalse();
        screenshot(dialog.getShell(), "plugins-page.png");

        page.disable("podium.sample.reports");
        waitIdle(page);
        assertThat(sample(page)).get().extracting(Plugin::state).isEqualTo(Plugin.State.DISABLED);
        assertThat(button("&Enable").isEnabled()).isTrue();
        UiWait.until("its report is gone", () -> !reports.listedReports().contains(REPORT));

        page.enable("podium.sample.reports");
        waitIdle(page);
        assertThat(sample(page)).get().extracting(Plugin::state).isEqualTo(Plugin.State.ACTIVE);
        UiWait.until("its report is back", () -> reports.listedReports().contains(REPORT));

        page.uninstall("podium.sample.reports");
        waitIdle(page);
        assertThat(sample(page)).isEmpty();
        UiWait.until("its report is gone again", () -> !reports.listedReports().contains(REPORT));
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".jar"))).isEmpty();
        }
    }

    @Test
    void aDowngradeIsDoneOnlyWhenTheUserSaysSo() throws Exception {
        PluginsPreferencePage page = openPage();
        page.install(SAMPLE);
        waitIdle(page);
        String installed = sample(page).orElseThrow().version();
        Path older = folder.getParent().resolve("older-" + System.nanoTime());
        Files.createDirectories(older);
        Path jar = OlderSample.write(SAMPLE, older.resolve("older.jar"), "0.9.0");

        page.answerQuestions((title, message) -> false);
        page.install(jar);
        waitIdle(page);
        assertThat(page.getErrorMessage()).startsWith("PDM-E003 ");
        assertThat(sample(page).orElseThrow().version()).isEqualTo(installed);

        page.answerQuestions((title, message) -> title.equals("Newer Version Installed"));
        page.install(jar);
        UiWait.until("the older version is installed", () -> !page.isBusy()
                && sample(page).map(p -> p.version().equals("0.9.0")).orElse(false));
        page.uninstall("podium.sample.reports");
        waitIdle(page);
    }

    @Test
    void theKeyboardStillWorksAfterAChangeDisabledTheButtonThatHadTheFocus() {
        PluginsPreferencePage page = openPage();
        dialog.getShell().forceActive();
        Button install = button("&Install...");
        install.forceFocus();
        UiWait.drain();
        assertThat(install.isFocusControl()).as("precondition: the install button has the focus").isTrue();

        page.install(SAMPLE);
        // the change's end comes through the event loop, so the page is still busy here, its buttons disabled
        assertThat(page.isBusy()).isTrue();
        Control focus = dialog.getShell().getDisplay().getFocusControl();
        // GTK hands the focus of a disabled button to its composite, where no key does anything
        assertThat(focus).as("the plugins table keeps the keys while the buttons are disabled").isInstanceOf(Table.class);
        assertThat(focus.getShell()).isSameAs(dialog.getShell());
        waitIdle(page);
        page.uninstall("podium.sample.reports");
        waitIdle(page);
    }

    @Test
    void aRefusedChangeDoesNotLeaveTheLastChangesLineUnderTheTable() throws Exception {
        PluginsPreferencePage page = openPage();
        page.install(SAMPLE);
        waitIdle(page);
        assertThat(page.status()).startsWith("Installed Podium Sample Reports 1.0.0.");
        Path garbage = folder.getParent().resolve("garbage-" + System.nanoTime() + ".jar");
        Files.writeString(garbage, "not a zip file");

        page.install(garbage);
        waitIdle(page);
        assertThat(page.getErrorMessage()).startsWith("PDM-E").contains("is not a plugin jar");
        assertThat(page.status()).isEmpty();
        page.uninstall("podium.sample.reports");
        waitIdle(page);
    }

    /** The dialog's button with this label. */
    private Button button(String text) {
        return find(dialog.getShell(), text).orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static Optional<Button> find(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && text.equals(b.getText())) {
                return Optional.of(b);
            }
            if (child instanceof Composite c) {
                Optional<Button> found = find(c, text);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Saves what {@code control} shows to the screenshots folder (target/screenshots). */
    private static void screenshot(Control control, String name) {
        // GTK animates buttons changing state for ~200 ms: let the picture settle before taking it
        long end = System.currentTimeMillis() + 600;
        UiWait.until("the buttons are drawn", () -> System.currentTimeMillis() > end);
        Screenshots.save(control.getDisplay(), control.getBounds(), name);
    }
}
