/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import podium.importer.ui.internal.review.ReviewOpener;

/** Imports a speech text in the background, then opens its review in the workbench. */
public final class SpeechImportJob extends Job {

    /** Job family, so tests and shutdown can wait for running imports. */
    public static final Object FAMILY = SpeechImportJob.class;
    static final String BUNDLE = "podium.importer.ui"; //-NLS-1$

    /** Where the text to import comes from: it is put into the workspace first. */
    @FunctionalInterface
    public interface Source {
        IFile resolve(SpeechImportService service, IProgressMonitor monitor) throws CoreException, IOException;
    }

    private final Source source;
    private final SpeechImportService service = new SpeechImportService();
    private volatile SpeechImport outcome;

    public SpeechImportJob(String description, Source source) {
        super(NLS.bind(Messages.SpeechImportJob_name, description));
        this.source = source;
        setUser(true);
        setRule(ResourcesPlugin.getWorkspace().getRoot());
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        try {
            IFile file = source.resolve(service, progress.split(1));
            outcome = service.importFile(file, progress.split(1));
        } catch (CoreException e) {
            return new Status(IStatus.ERROR, BUNDLE, NLS.bind(Messages.SpeechImportJob_failed, e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            return new Status(IStatus.ERROR, BUNDLE, NLS.bind(Messages.SpeechImportJob_failed, e.toString()), e);
        }
        showReview(outcome);
        return Status.OK_STATUS;
    }

    /** The result of the last run, or null before it finished. */
    public SpeechImport outcome() {
        return outcome;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    private static void showReview(SpeechImport imported) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> ReviewOpener.open(imported));
    }
}
