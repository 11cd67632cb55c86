/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.wizard;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import podium.importer.ui.internal.Destinations;
import podium.importer.ui.internal.Messages;
import podium.importer.ui.internal.SpeechImportJob;

/** File ▸ Import ▸ Speech text: picks a text file and a folder, then imports in the background. */
public final class SpeechImportWizard extends Wizard implements IImportWizard {

    private SpeechSourcePage page;
    private IContainer suggested;
    private SpeechImportJob job;

    public SpeechImportWizard() {
        setWindowTitle(Messages.SpeechImportWizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        suggested = Destinations.suggest(selection);
    }

    @Override
    public void addPages() {
        page = new SpeechSourcePage(suggested != null ? suggested : Destinations.suggest(null));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path source = page.source();
        IContainer destination;
        try {
            destination = page.destination();
        } catch (CoreException e) {
            page.setErrorMessage(e.getStatus().getMessage());
            return false;
        }
        job = new SpeechImportJob(source.getFileName().toString(), (service, monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, 2);
            return service.workspaceFileFor(source, Destinations.ensure(destination, progress.split(1)), progress.split(1));
        });
        job.schedule();
        return true;
    }

    /** The import started by the last finish, for tests. */
    public SpeechImportJob job() {
        return job;
    }
}
