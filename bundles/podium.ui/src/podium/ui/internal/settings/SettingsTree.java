/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.ui.IPluginContribution;

/**
 * The pages of the Settings dialog. The platform's own pages (General ▸ Workspace, Content Types,
 * Startup and Shutdown, Security...) are about an IDE, not about planning, and are in English only:
 * they go. The few worth having (Keys, Colors and Fonts) are declared again by podium.ui under its own
 * names and categories, and plugins' pages stay, whatever their id.
 */
public final class SettingsTree {
    private static final String PLATFORM = "org.eclipse."; //$NON-NLS-1$

    private SettingsTree() {
    }

    /** Removes the platform's pages (with their sub-pages); returns the ids removed. */
    public static List<String> arrange(PreferenceManager pages) {
        List<String> removed = new ArrayList<>();
        for (IPreferenceNode node : pages.getRootSubNodes()) {
            if (isPlatforms(node)) {
                pages.remove(node);
                removed.add(node.getId());
            }
        }
        return removed;
    }

    static boolean isPlatforms(IPreferenceNode node) {
        return node instanceof IPluginContribution contribution && contribution.getPluginId() != null
                && contribution.getPluginId().startsWith(PLATFORM);
    }
}
