/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import podium.actuals.Mapping;

/**
 * File ▸ Import ▸ Monthly actuals: data file, plan and mapping, then a check of every row, then the
 * idempotent merge into the plan, saved atomically with a backup.
 */
public final class ActualsImportWizard extends Wizard implements IImportWizard {

    private IFile selectedPlan;
    private SourcePage sourcePage;
    private ColumnsPage columnsPage;
    private CheckPage checkPage;
    private ActualsImportService.Outcome finished;

    public ActualsImportWizard() {
        setWindowTitle(Messages.ActualsImportWizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IFile file = first == null ? null : Adapters.adapt(first, IFile.class);
        selectedPlan = file != null && ("podium".equals(file.getFileExtension()) || "xmi".equals(file.getFileExtension())) ? file : null; //-NLS-1$ //-NLS-2$
    }

    @Override
    public void addPages() {
        sourcePage = new SourcePage(selectedPlan);
        columnsPage = new ColumnsPage(sourcePage);
        checkPage = new CheckPage(sourcePage, columnsPage);
        addPage(sourcePage);
        addPage(columnsPage);
        addPage(checkPage);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == checkPage && checkPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        Path data = sourcePage.dataFile();
        IFile planFile = sourcePage.plan();
        Optional<IFile> unsaved = unsavedBeforeImport(planFile.getParent());
        if (unsaved.isPresent()) {
            checkPage.setErrorMessage(NLS.bind(Messages.ActualsImportWizard_unsaved, unsaved.get().getName()));
            return false;
        }
        Path plan = planFile.getLocation().toFile().toPath();
        Mapping mapping = columnsPage.mapping();
        boolean partial = sourcePage.partial();
        AtomicReference<ActualsImportService.Outcome> outcome = new AtomicReference<>();
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(NLS.bind(Messages.ActualsImportWizard_importing, plan.getFileName()), 2);
                outcome.set(ActualsImportService.apply(data, plan, mapping, partial));
                monitor.worked(1);
                refresh(planFile);
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            checkPage.setErrorMessage(NLS.bind(Messages.CheckPage_failed, e.getCause()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        finished = outcome.get();
        if (finished.failure() != null || finished.result() == null) {
            checkPage.setErrorMessage(finished.failure());
            return false;
        }
        MessageDialog.openInformation(getShell(), Messages.ActualsImportWizard_title, NLS.bind(Messages.ActualsImportWizard_done,
                new Object[] { planFile.getName(), finished.result().added(), finished.result().replaced(),
                        finished.result().unchanged(), finished.result().skipped() }));
        return true;
    }

    /**
     * The import rewrites files of the plan's folder, which an editor may hold with unsaved changes: saving
     * them later would drop the imported rows, not saving them would drop the changes. The user is asked to
     * save them first (the workbench's own question); a file still unsaved after that is returned and
     * nothing is imported.
     */
    private static Optional<IFile> unsavedBeforeImport(IContainer folder) {
        IDE.saveAllEditors(new IResource[] { folder }, true); // cancelled or not: what is still unsaved decides
        return unsavedIn(folder);
    }

    private static Optional<IFile> unsavedIn(IContainer folder) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    IEditorPart editor = reference.getEditor(false);
                    IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
                    if (file != null && editor.isDirty() && folder.getFullPath().isPrefixOf(file.getFullPath())) {
                        return Optional.of(file);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void refresh(IFile file) {
        try {
            file.refreshLocal(IResource.DEPTH_ONE, null);
            file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        } catch (CoreException e) {
            // the explorer refreshes on its own later; the import itself succeeded
        }
    }

    /** The outcome of the import run by finishing, for tests. */
    public ActualsImportService.Outcome finished() {
        return finished;
    }

    public SourcePage sourcePage() {
        return sourcePage;
    }

    public ColumnsPage columnsPage() {
        return columnsPage;
    }

    public CheckPage checkPage() {
        return checkPage;
    }
}
