/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;

/**
 * Starts the language server in the background as the workbench comes up, so that the Problems
 * view lists the problems of every plan file, not only of those open in an editor, and the first
 * editor opened does not wait for the workspace to be indexed.
 */
public final class PlanProblemsAtStartup implements IStartup {

    @Override
    public void earlyStartup() {
        // an editor opened meanwhile connects when this session runs (PodiumLanguage.sessionStarted)
        PodiumLanguage.sessionStarted().exceptionally(e -> {
            ILog.get().error("The plan language could not be started; plan files are checked when opened", e);
            return null;
        });
    }
}
