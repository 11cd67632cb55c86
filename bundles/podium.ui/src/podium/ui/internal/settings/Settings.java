/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbench;

/** What the settings need once the workbench is up. */
public final class Settings {
    private Settings() {
    }

    /** Arranges the Settings dialog's pages and applies the default Chinese editor font; never fails start-up. */
    public static void arrange(IWorkbench workbench) {
        try {
            SettingsTree.arrange(workbench.getPreferenceManager());
            EditorFont.applyDefaultCjk(workbench.getDisplay());
        } catch (RuntimeException e) {
            ILog.of(Settings.class).error("Arranging the settings failed", e); //$NON-NLS-1$
        }
    }
}
