/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.editors.text.TextEditorActionContributor;

/**
 * The text editor's global actions (undo, redo, find...) and status line, without its menu entries:
 * Podium's menu bar has none of the IDE's groups (find.ext...) that those entries are placed after.
 */
public final class PodiumEditorActionContributor extends TextEditorActionContributor {
    @Override
    public void contributeToMenu(IMenuManager menu) {
        // The workbench's own Edit menu carries the global actions.
    }
}
