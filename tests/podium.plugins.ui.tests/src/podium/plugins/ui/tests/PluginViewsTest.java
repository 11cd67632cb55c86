/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.plugins.PluginFolders;
import podium.plugins.manager.PluginManager;
import podium.plugins.ui.internal.PluginsPreferencePage;
import podium.testing.Folders;
import podium.testing.Screenshots;
import podium.testing.UiWait;
import podium.ui.ToolWindows;
import podium.ui.internal.toolwindows.Side;
import podium.ui.internal.toolwindows.Stripes;
import podium.ui.internal.workspace.LinkedFolders;

/**
 * The sample plugin's view 出口增速 comes and goes with the plugin while the workbench runs: installed from
 * Settings ▸ Plugins, it is in the view registry, in Show View's list and on a tool window stripe, and
 * opens on the example plans;
 * disabled or uninstalled while open, it is closed and gone, with no error logged about it, and the
 * workbench goes on; enabled again, it is back. (Asking the workbench to show a view it does not know
 * gives an error part, not an exception: the test asks the registries instead.)
 */
class PluginViewsTest {

    private static final Path SAMPLE = Path.of(System.getProperty("podium.sampleJar",
            "../../samples/podium.sample.reports/target/podium.sample.reports-1.0.0-SNAPSHOT.jar")).toAbsolutePath().normalize();
    private static final String PLUGIN = "podium.sample.reports";
    private static final String VIEW = "podium.sample.reports.views.exportGrowth";

    @TempDir
    Path folder;

    private String previousFolders;
    private PreferenceDialog dialog;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final ILogListener log = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(text(status));
        }
    };

    @BeforeEach
    void pluginFolder() {
        assertThat(SAMPLE).as("the sample plugin is built first").isRegularFile();
        previousFolders = System.getProperty(PluginFolders.PROPERTY);
        System.setProperty(PluginFolders.PROPERTY, folder.toString());
        Platform.addLogListener(log);
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            dialog.close();
        }
        if (PluginManager.current().list().stream().anyMatch(p -> p.id().equals(PLUGIN))) {
            PluginManager.current().uninstall(PLUGIN); // a failed test leaves no plugin to the others
        }
        Platform.removeLogListener(log);
        if (previousFolders == null) {
            System.clearProperty(PluginFolders.PROPERTY);
        } else {
            System.setProperty(PluginFolders.PROPERTY, previousFolders);
        }
    }

    @Test
    void theSamplesViewAppearsOpensAndDisappearsWithThePlugin() throws Exception {
        openExamples();
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchPage page = workbench.getWorkbenchWindows()[0].getActivePage();
        awaitOffered(false);

        PluginsPreferencePage settings = openPage();
        List<String> questions = new ArrayList<>();
        settings.answerQuestions((title, message) -> questions.add(title + ": " + message) && false);
        settings.install(SAMPLE);
        waitIdle(settings);
        assertThat(settings.status()).startsWith("Installed Podium Sample Reports 1.0.0.").doesNotContain("Restart");
        assertThat(questions).as("no restart is asked for").isEmpty();
        awaitOffered(true);
        assertThat(workbench.getViewRegistry().find(VIEW).getLabel()).isEqualTo("Export Growth");
        IViewPart view = page.showView(VIEW);
        showsTheExamplesGrowth(view);
        screenshot(page, view);

        settings.disable(PLUGIN);
        waitIdle(settings);
        assertThat(settings.status()).startsWith("Disabled Podium Sample Reports").doesNotContain("Restart");
        assertThat(page.findView(VIEW)).as("its open view was closed").isNull();
        awaitOffered(false);
        assertThat(page.showView(ToolWindows.REPORTS)).as("the workbench goes on").isNotNull();

        settings.enable(PLUGIN);
        waitIdle(settings);
        awaitOffered(true);
        showsTheExamplesGrowth(page.showView(VIEW));

        settings.uninstall(PLUGIN);
        waitIdle(settings);
        assertThat(page.findView(VIEW)).isNull();
        awaitOffered(false);
        assertThat(questions).isEmpty();
        assertThat(errors).as("errors logged about the sample").noneMatch(e -> e.contains(PLUGIN));
    }

    /**
     * Waits until the view is offered by the view registry, in Show View's list (the application's part
     * descriptors) and as a button of a tool window stripe (a view of Podium's tool windows category gets
     * one, on the side it was last docked), or by none of them.
     */
    private static void awaitOffered(boolean expected) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        MApplication application = workbench.getService(MApplication.class);
        String state = expected ? " offers the view" : " no longer offers the view";
        UiWait.until("the view registry" + state, () -> (workbench.getViewRegistry().find(VIEW) != null) == expected);
        UiWait.until("Show View" + state,
                () -> application.getDescriptors().stream().anyMatch(d -> d.getElementId().equals(VIEW)) == expected);
        UiWait.until("a tool window stripe" + state, () -> Arrays.stream(Side.values())
                .flatMap(side -> Stripes.of(workbench.getWorkbenchWindows()[0], side).stream())
                .anyMatch(stripe -> stripe.shownIds().contains(VIEW)) == expected);
    }

    /** The view lists the counties of the example plans; 邓州市: 528 to 2004-08, 333 a year before, 528 / 333 - 1 = 58.56 %. */
    private static void showsTheExamplesGrowth(IViewPart view) {
        assertThat(view.getClass().getName()).isEqualTo("podium.sample.reports.internal.ExportGrowthView");
        Control control = (Control) view.getSite().getService(MPart.class).getWidget();
        UiWait.until("the view lists 邓州市's growth", () -> rows(control).contains("邓州市 | 528 | 333 | 58.56%"));
    }

    /** The first four cells of each row of the tables under {@code control}. */
    private static List<String> rows(Control control) {
        List<String> rows = new ArrayList<>();
        if (control instanceof Table table && table.getColumnCount() >= 4) {
            for (TableItem item : table.getItems()) {
                rows.add(String.join(" | ", item.getText(0), item.getText(1), item.getText(2), item.getText(3)));
            }
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                rows.addAll(rows(child));
            }
        }
        return rows;
    }

    /** Saves the view, maximised, to the screenshots folder (target/screenshots) as sample-view.png. */
    private static void screenshot(IWorkbenchPage page, IViewPart view) {
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.drain();
        Control control = (Control) view.getSite().getService(MPart.class).getWidget();
        try {
            Screenshots.save(control.getDisplay(), control.getDisplay().map(control.getParent(), null, control.getBounds()),
                    "sample-view.png");
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }

    private void openExamples() throws Exception {
        Path copy = Folders.examplesCopy("podium-plugin-views");
        new LinkedFolders(ResourcesPlugin.getWorkspace().getRoot()).open(copy, null);
    }

    private PluginsPreferencePage openPage() {
        dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(),
                "podium.plugins.ui.page", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiWait.drain();
        return (PluginsPreferencePage) dialog.getSelectedPage();
    }

    private static void waitIdle(PluginsPreferencePage page) {
        UiWait.until("the change is done", () -> !page.isBusy());
    }

    private static String text(IStatus status) {
        StringWriter text = new StringWriter();
        text.append(status.getPlugin()).append(": ").append(status.getMessage()).append('\n');
        if (status.getException() != null) {
            status.getException().printStackTrace(new PrintWriter(text));
        }
        for (IStatus child : status.getChildren()) {
            text.append(text(child));
        }
        return text.toString();
    }
}
