/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;

import podium.plugins.manager.Plugin;
import podium.plugins.manager.PluginChange;
import podium.plugins.manager.PluginCodes;
import podium.plugins.manager.PluginException;
import podium.plugins.manager.PluginManager;

/**
 * Settings > Plugins: the installed plugins with their state, and Install, Enable, Disable and
 * Uninstall, applied to the running workbench at once through {@link PluginManager} (the same core as
 * {@code podium plugins}). Changes run in the background; the page shows what each one did.
 */
public final class PluginsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** A change the page makes through the manager, in the background. */
    @FunctionalInterface
    private interface Operation {
        PluginChange run(PluginManager manager) throws PluginException;
    }

    private final List<Plugin> plugins = new ArrayList<>();
    private Table table;
    private Text details;
    private Label status;
    private final List<Button> actions = new ArrayList<>();
    private Button enable;
    private Button disable;
    private Button uninstall;
    private boolean busy;
    /** Asks the user a yes/no question (title, message); tests answer for the user. */
    private BiPredicate<String, String> question = (title, message) -> MessageDialog.openQuestion(getShell(), title, message);

    public PluginsPreferencePage() {
        setDescription(Messages.PluginsPreferencePage_description);
        noDefaultAndApplyButton();
    }

    @Override
    public void init(IWorkbench workbench) {
        // the page reads the plugin folders when it is created; the workbench follows the plugins' views
        // from the first time the page opens, as no other place changes plugins while the workbench runs
        PluginViews.follow(workbench);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
        table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 240).applyTo(table);
        for (String header : new String[] { Messages.PluginsPreferencePage_name, Messages.PluginsPreferencePage_version,
                Messages.PluginsPreferencePage_vendor, Messages.PluginsPreferencePage_state }) {
            new TableColumn(table, SWT.LEFT).setText(header);
        }
        table.addListener(SWT.Selection, e -> showSelection());
        createButtons(page);
        details = new Text(page, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, 72).applyTo(details);
        status = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(status);
        reload(null);
        return page;
    }

    private void createButtons(Composite page) {
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, Messages.PluginsPreferencePage_install, this::chooseJar);
        button(buttons, Messages.PluginsPreferencePage_installRepository, this::chooseRepository);
        enable = button(buttons, Messages.PluginsPreferencePage_enable, () -> selected().ifPresent(p -> enable(p.id())));
        disable = button(buttons, Messages.PluginsPreferencePage_disable, () -> selected().ifPresent(p -> disable(p.id())));
        uninstall = button(buttons, Messages.PluginsPreferencePage_uninstall, () -> selected().ifPresent(this::confirmUninstall));
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().applyTo(button);
        button.addListener(SWT.Selection, e -> action.run());
        actions.add(button);
        return button;
    }

    private void chooseJar() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText(Messages.PluginsPreferencePage_chooseJar);
        dialog.setFilterExtensions(new String[] { "*.jar" }); //$NON-NLS-1$
        Optional.ofNullable(dialog.open()).ifPresent(file -> install(Path.of(file)));
    }

    private void chooseRepository() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage(Messages.PluginsPreferencePage_chooseRepository);
        Optional.ofNullable(dialog.open()).ifPresent(folder -> install(Path.of(folder)));
    }

    private void confirmUninstall(Plugin plugin) {
        String message = NLS.bind(Messages.PluginsPreferencePage_confirmUninstall, plugin.name() + ' ' + plugin.version(),
                plugin.jar().getParent());
        if (question.test(Messages.PluginsPreferencePage_confirmUninstallTitle, message)) {
            uninstall(plugin.id());
        }
    }

    /** Installs a plugin jar or the plugins of a p2 repository folder; asks before going back to an older version. */
    public void install(Path source) {
        run(manager -> manager.install(source, false), refusal -> {
            if (PluginCodes.NEWER_INSTALLED.equals(refusal.code())
                    && question.test(Messages.PluginsPreferencePage_downgradeTitle,
                            NLS.bind(Messages.PluginsPreferencePage_downgrade, refusal.getMessage()))) {
                run(manager -> manager.install(source, true), null);
                return true;
            }
            return false;
        });
    }

    public void enable(String id) {
        run(manager -> manager.enable(id), null);
    }

    public void disable(String id) {
        run(manager -> manager.disable(id), null);
    }

    public void uninstall(String id) {
        run(manager -> manager.uninstall(id), null);
    }

    /** For tests: answers the page's questions (uninstall, downgrade, restart) instead of the user. */
    public void answerQuestions(BiPredicate<String, String> answers) {
        question = answers;
    }

    /** The plugins the table shows. */
    public List<Plugin> plugins() {
        return List.copyOf(plugins);
    }

    /** Whether a change is under way in the background. */
    public boolean isBusy() {
        return busy;
    }

    /** The line under the table: what the last change did, or why it was refused. */
    public String status() {
        return status.getText();
    }

    /** Runs a change in the background, then shows its outcome; {@code refused} may handle a refusal itself. */
    private void run(Operation operation, Predicate<PluginException> refused) {
        setBusy(true);
        Job job = Job.create(Messages.PluginsPreferencePage_working, monitor -> {
            Object outcome;
            try {
                outcome = operation.run(PluginManager.current());
            } catch (PluginException e) {
                outcome = e;
            }
            Object result = outcome;
            table.getDisplay().asyncExec(() -> finish(result, refused));
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private void finish(Object outcome, Predicate<PluginException> refused) {
        if (table.isDisposed()) {
            return;
        }
        setBusy(false);
        reload(outcome instanceof PluginChange change && !change.plugins().isEmpty() ? change.plugins().get(0).id() : null);
        if (outcome instanceof PluginException e) {
            if (refused == null || !refused.test(e)) {
                setErrorMessage(e.code() + ' ' + e.getMessage());
                status.setText(""); //$NON-NLS-1$ the line under the table must not report an earlier change as this one's
            }
            return;
        }
        PluginChange change = (PluginChange) outcome;
        List<String> lines = new ArrayList<>(List.of(change.summary()));
        if (change.plugins().stream().anyMatch(p -> p.error() != null)) {
            lines.add(Messages.PluginsPreferencePage_notStarted);
        }
        lines.addAll(change.notes());
        status.setText(String.join("\n", lines)); //$NON-NLS-1$
        status.getParent().layout(true, true);
        change.plugins().stream().filter(p -> p.error() != null).findFirst()
                .ifPresentOrElse(p -> setErrorMessage(PluginCodes.FAILED + ' ' + p.id() + ": " + p.error()), //$NON-NLS-1$
                        () -> setErrorMessage(null));
        if (change.restartNeeded() && question.test(Messages.PluginsPreferencePage_restartTitle,
                NLS.bind(Messages.PluginsPreferencePage_restart, String.join("\n", change.notes())))) { //$NON-NLS-1$
            PlatformUI.getWorkbench().restart();
        }
    }

    private void setBusy(boolean value) {
        busy = value;
        if (value && actions.stream().anyMatch(Button::isFocusControl)) {
            // a disabled button drops the focus and GTK gives it to nothing: the keys would be dead until a click
            table.setFocus();
        }
        actions.forEach(b -> b.setEnabled(!value));
        if (!value) {
            showSelection();
        }
    }

    /** Reads the plugin folders again and shows them, selecting {@code select} (else keeping the selection). */
    private void reload(String select) {
        String chosen = select != null ? select : selected().map(Plugin::id).orElse(null);
        plugins.clear();
        try {
            plugins.addAll(PluginManager.current().list());
        } catch (PluginException e) {
            setErrorMessage(e.code() + ' ' + e.getMessage());
        }
        table.removeAll();
        for (Plugin plugin : plugins) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { plugin.name(), plugin.version(), plugin.vendor() == null ? "" : plugin.vendor(), //$NON-NLS-1$
                    label(plugin.state()) });
            if (plugin.id().equals(chosen)) {
                table.setSelection(item);
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        if (plugins.isEmpty()) {
            status.setText(NLS.bind(Messages.PluginsPreferencePage_none, PluginManager.current().home()));
        }
        showSelection();
    }

    private Optional<Plugin> selected() {
        int index = table == null || table.isDisposed() ? -1 : table.getSelectionIndex();
        return index < 0 || index >= plugins.size() ? Optional.empty() : Optional.of(plugins.get(index));
    }

    private void showSelection() {
        Optional<Plugin> plugin = selected();
        enable.setEnabled(!busy && plugin.filter(p -> p.state() == Plugin.State.DISABLED).isPresent());
        disable.setEnabled(!busy && plugin.filter(p -> p.state() != Plugin.State.DISABLED && !p.version().isEmpty()).isPresent());
        uninstall.setEnabled(!busy && plugin.filter(Plugin::removable).isPresent());
        details.setText(plugin.map(PluginsPreferencePage::details).orElse("")); //$NON-NLS-1$
    }

    private static String details(Plugin plugin) {
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.PluginsPreferencePage_detailsId, plugin.id()));
        if (plugin.description() != null) {
            lines.add(plugin.description());
        }
        if (plugin.error() != null) {
            lines.add(NLS.bind(Messages.PluginsPreferencePage_detailsError, plugin.error()));
        }
        lines.add(NLS.bind(Messages.PluginsPreferencePage_detailsFile, plugin.jar()));
        return String.join("\n", lines); //$NON-NLS-1$
    }

    /** The state as the user reads it, in the user's language. */
    static String label(Plugin.State state) {
        return switch (state) {
            case ACTIVE -> Messages.PluginsPreferencePage_stateActive;
            case RESOLVED -> Messages.PluginsPreferencePage_stateResolved;
            case DISABLED -> Messages.PluginsPreferencePage_stateDisabled;
            case FAILED -> Messages.PluginsPreferencePage_stateFailed;
        };
    }
}
