/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditorExtension;
import org.eclipse.ui.texteditor.StatusLineContributionItem;
import org.eclipse.ui.editors.text.TextEditorActionContributor;

/**
 * The text editor's global actions (undo, redo, find...) and status line (with the encoding), without its menu entries:
 * Podium's menu bar has none of the IDE's groups (find.ext...) that those entries are placed after.
 */
public final class PodiumEditorActionContributor extends TextEditorActionContributor {
    private final StatusLineContributionItem encoding = new StatusLineContributionItem(CaretStatus.ENCODING_CATEGORY,
            true, 14);

    @Override
    public void contributeToMenu(IMenuManager menu) {
        // The workbench's own Edit menu carries the global actions.
    }

    /** The platform's fields (the caret position among them) and the file's encoding. */
    @Override
    public void contributeToStatusLine(IStatusLineManager statusLine) {
        super.contributeToStatusLine(statusLine);
        statusLine.add(encoding);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        super.setActiveEditor(part);
        if (part instanceof ITextEditorExtension editor) {
            editor.setStatusField(encoding, CaretStatus.ENCODING_CATEGORY);
        }
    }
}
