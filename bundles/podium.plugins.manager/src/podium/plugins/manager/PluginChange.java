/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager;

import java.util.List;

/**
 * What an install, enable, disable or uninstall did.
 *
 * @param summary       one sentence in the user's language, e.g. "Installed Acme Reports 1.0.0 (acme.reports): active."
 * @param plugins       the plugins concerned, in their state after the change (none after an uninstall)
 * @param notes         further sentences: what was skipped, why a plugin failed, why a restart is needed
 * @param restartNeeded whether the change is complete only after Podium starts again
 */
public record PluginChange(String summary, List<Plugin> plugins, List<String> notes, boolean restartNeeded) {

    /** Whether a plugin concerned could not be loaded or started after the change. */
    public boolean failed() {
        return plugins.stream().anyMatch(p -> p.state() == Plugin.State.FAILED);
    }
}
