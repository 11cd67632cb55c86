/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import jakarta.annotation.PostConstruct;

/**
 * Builds the language's injector in the background while the workbench window is still being made (a
 * workbench model add-on, made before the window is rendered), so that a plan editor restored from the
 * last session, which needs it before the window's first paint, does not build it on the UI thread.
 * {@link PlanProblemsAtStartup} comes later: it runs once the window is open.
 */
public final class LanguagePreloading {

    @PostConstruct
    void start() {
        Job job = Job.create("Podium language preloading", (IProgressMonitor monitor) -> { //$NON-NLS-1$
            try {
                PodiumLanguage.injector();
            } catch (RuntimeException | LinkageError e) {
                // an editor that needs the injector builds it again and reports what fails then
                ILog.get().warn("The plan language could not be prepared in the background", e); //$NON-NLS-1$
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.SHORT);
        job.schedule();
    }
}
