/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import podium.search.SearchContext;
import podium.search.SearchItem;
import podium.search.SearchProvider;
import podium.search.SearchTarget;

/** The pages of the Settings dialog, with the path of pages above each. */
public final class SettingsPages implements SearchProvider {

    private static final String PATH_SEPARATOR = " › "; //$NON-NLS-1$

    @Override
    public void collect(SearchContext context, Consumer<SearchItem> items) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        List<SearchItem> found = new ArrayList<>();
        Display.getDefault().syncExec(() -> {
            for (IPreferenceNode node : PlatformUI.getWorkbench().getPreferenceManager().getRootSubNodes()) {
                add(node, "", found); //$NON-NLS-1$
            }
        });
        found.forEach(items);
    }

    private static void add(IPreferenceNode node, String path, List<SearchItem> found) {
        found.add(new SearchItem(node.getLabelText(), path, List.of(node.getId()), new SearchTarget.Settings(node.getId())));
        String below = path.isEmpty() ? node.getLabelText() : path + PATH_SEPARATOR + node.getLabelText();
        for (IPreferenceNode child : node.getSubNodes()) {
            add(child, below, found);
        }
    }
}
