/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorExtension;
import org.eclipse.ui.texteditor.StatusLineContributionItem;
import org.eclipse.ui.editors.text.TextEditorActionContributor;

/**
 * The text editor's global actions (undo, redo, find...) and status line (with the encoding), without its menu entries:
 * Podium's menu bar has none of the IDE's groups (find.ext...) that those entries are placed after.
 */
public final class PodiumEditorActionContributor extends TextEditorActionContributor {
    /**
     * The status fields, narrower than the platform's (which size them for 14 average characters each,
     * too wide beside the plan item at 1280 pixels: the caret and encoding fell off the right end).
     */
    private final Map<String, StatusLineContributionItem> fields = new LinkedHashMap<>();

    public PodiumEditorActionContributor() {
        field(ITextEditorActionConstants.STATUS_CATEGORY_ELEMENT_STATE, 9);
        field(ITextEditorActionConstants.STATUS_CATEGORY_INPUT_MODE, 9);
        field(ITextEditorActionConstants.STATUS_CATEGORY_INPUT_POSITION, 8);
        field(CaretStatus.ENCODING_CATEGORY, 12);
    }

    private void field(String category, int widthInChars) {
        fields.put(category, new StatusLineContributionItem(category, true, widthInChars));
    }

    @Override
    public void contributeToMenu(IMenuManager menu) {
        // The workbench's own Edit menu carries the global actions.
    }

    /** The state, input mode, caret position (line:column) and encoding, in place of the platform's own fields. */
    @Override
    public void contributeToStatusLine(IStatusLineManager statusLine) {
        fields.values().forEach(statusLine::add);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        super.setActiveEditor(part);
        if (part instanceof ITextEditorExtension editor) {
            fields.forEach((category, field) -> editor.setStatusField(field, category));
        }
    }
}
