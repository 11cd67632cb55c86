/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import podium.actuals.AsOfMove;
import podium.actuals.Mapping;
import podium.ui.internal.dialogs.UnsavedChanges;
import podium.core.text.Counts;

/**
 * File ▸ Import ▸ Monthly actuals: data file, plan and mapping, then a check of every row, then the
 * idempotent merge into the plan, saved atomically with a backup of its own (NAME.before-import-...bak).
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
        Optional<String> unsaved = UnsavedChanges.saveBeforeRewriting(planFile.getParent());
        if (unsaved.isPresent()) {
            checkPage.setErrorMessage(unsaved.get());
            return false;
        }
        Path plan = planFile.getLocation().toFile().toPath();
        Mapping mapping = columnsPage.mapping();
        boolean partial = sourcePage.partial();
        boolean moveAsOf = checkPage.moveAsOf();
        AtomicReference<ActualsImportService.Outcome> outcome = new AtomicReference<>();
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(NLS.bind(Messages.ActualsImportWizard_importing, plan.getFileName()), 2);
                outcome.set(ActualsImportService.apply(data, plan, mapping, partial, moveAsOf));
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
        MessageDialog.openInformation(getShell(), Messages.ActualsImportWizard_title, Counts.format(Messages.ActualsImportWizard_done,
                planFile.getName(), finished.result().added(), finished.result().replaced(),
                        finished.result().unchanged(), finished.result().skipped(), backupNames(finished)) + asOfMoved(finished));
        return true;
    }

    /** The as-of date the import moved, as a sentence after the summary; empty when it did not move it. */
    private static String asOfMoved(ActualsImportService.Outcome outcome) {
        AsOfMove move = outcome.result().asOf();
        return move == null || !move.moved() ? "" //$NON-NLS-1$
                : "\n" + NLS.bind(Messages.ActualsImportWizard_asOfMoved, move.from(), move.to()); //$NON-NLS-1$
    }

    /** The backups by name: each is beside its file, and the name says what it is and when. */
    private static String backupNames(ActualsImportService.Outcome outcome) {
        return String.join(", ", outcome.backups().stream().map(b -> b.getFileName().toString()).toList()); //$NON-NLS-1$
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
