/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.welcome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.HyperlinkSettings;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;

import podium.ui.internal.Messages;
import podium.ui.internal.workspace.OpenFolderJob;
import podium.ui.internal.workspace.RecentWorkspaces;

/**
 * The first thing a new user sees: open the example workspace or a folder, start a plan from a
 * template, import a speech or monthly figures, reopen a recent workspace.
 */
public final class WelcomeEditor extends EditorPart {

    private static final String IMPORT_COMMAND = "org.eclipse.ui.file.import"; //$NON-NLS-1$
    private static final String IMPORT_WIZARD = "importWizardId"; //$NON-NLS-1$
    /** The import wizards' ids (podium.importer.ui, podium.actuals.ui). */
    static final String SPEECH_WIZARD = "podium.importer.ui.speechWizard"; //$NON-NLS-1$
    static final String ACTUALS_WIZARD = "podium.actuals.ui.actualsWizard"; //$NON-NLS-1$
    private static final String PLAN_FILE = "plan.podium"; //$NON-NLS-1$

    private FormToolkit toolkit;
    private ScrolledForm form;

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(Messages.Welcome_tab);
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        // Forms draws the underline from the Latin font's metrics: it ran through the middle of Chinese
        // text, which read as struck out. The links keep their colour and the hand cursor.
        toolkit.getHyperlinkGroup().setHyperlinkUnderlineMode(HyperlinkSettings.UNDERLINE_NEVER);
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.Welcome_title);
        // one column: two made the second run off the editor area beside a long introduction. Forms' table-wrap
        // layout wraps text at the width the editor area has (a grid layout gave the introduction its whole
        // length, cut off at the right edge)
        form.getBody().setLayout(new TableWrapLayout());
        Label intro = toolkit.createLabel(form.getBody(), Messages.Welcome_intro, SWT.WRAP);
        intro.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));

        Composite start = section(Messages.Welcome_start);
        if (Templates.hasExamples()) {
            link(start, Messages.Welcome_openExamples, this::openExamples);
        }
        link(start, Messages.Welcome_openFolder, this::chooseFolder);
        link(start, Messages.Welcome_importSpeech, () -> importWith(SPEECH_WIZARD));
        link(start, Messages.Welcome_importActuals, () -> importWith(ACTUALS_WIZARD));

        Composite templates = section(Messages.Welcome_templates);
        for (Templates.Template template : Templates.all()) {
            link(templates, template.name(), () -> create(template));
            Label about = toolkit.createLabel(templates, template.description(), SWT.WRAP);
            about.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
            about.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }

        Composite recent = section(Messages.Welcome_recent);
        if (RecentWorkspaces.list().isEmpty()) {
            toolkit.createLabel(recent, Messages.Welcome_noRecent);
        }
        for (Path folder : RecentWorkspaces.list()) {
            link(recent, folder.getFileName() + "    " + folder, () -> open(folder, null)); //$NON-NLS-1$
        }

        Composite tips = section(Messages.Welcome_tips);
        toolkit.createLabel(tips, Messages.Welcome_tipsText, SWT.WRAP).setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        form.reflow(true);
    }

    private Composite section(String title) {
        Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR);
        section.setText(title);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Composite body = toolkit.createComposite(section);
        body.setLayout(new TableWrapLayout());
        section.setClient(body);
        return body;
    }

    private void link(Composite parent, String text, Runnable action) {
        Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                action.run();
            }
        });
    }

    /** Where the example workspace is copied for the user: ~/Podium/examples. */
    static Path examplesFolder() {
        return Path.of(System.getProperty("user.home"), "Podium", "examples"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void openExamples() {
        try {
            open(Templates.examples(examplesFolder()), PLAN_FILE);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Welcome_tab,
                    NLS.bind(Messages.Welcome_templateFailed, examplesFolder(), e.getMessage()));
        }
    }

    private IWorkbenchWindow window() {
        return getSite().getWorkbenchWindow();
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
        dialog.setText(Messages.Welcome_openFolder);
        String chosen = dialog.open();
        if (chosen != null) {
            open(Path.of(chosen), null);
        }
    }

    private void create(Templates.Template template) {
        DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
        dialog.setText(template.name());
        dialog.setMessage(NLS.bind(Messages.Welcome_whereTemplate, template.name()));
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            open(Templates.create(template, Path.of(chosen)), PLAN_FILE);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), template.name(),
                    NLS.bind(Messages.Welcome_templateFailed, chosen, e.getMessage()));
        }
    }

    /** Opens {@code folder} in the explorer, then {@code file} of it in the editor (when given and there). */
    private void open(Path folder, String file) {
        IWorkbenchWindow window = window();
        OpenFolderJob.open(window, folder, linked -> {
            IFile plan = file == null ? null : linked.getFile(file);
            if (plan != null && plan.exists() && window.getActivePage() != null) {
                try {
                    IDE.openEditor(window.getActivePage(), plan, true);
                } catch (PartInitException e) {
                    ILog.of(getClass()).error("Opening " + plan + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        });
    }

    private void importWith(String wizard) {
        ICommandService commands = window().getService(ICommandService.class);
        try {
            ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(IMPORT_COMMAND),
                    Map.of(IMPORT_WIZARD, wizard));
            window().getService(IHandlerService.class).executeCommand(command, null);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Welcome_tab, e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
