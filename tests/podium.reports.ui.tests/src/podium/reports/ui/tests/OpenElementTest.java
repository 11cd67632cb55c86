/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import podium.reports.ui.internal.ReportsView;
import podium.reports.ui.internal.generic.GenericPresentation;
import podium.reports.ui.internal.generic.ReportGrid;
import podium.testing.UiWait;

/** A double click on a row opens its element: the target's statement, selected in the plan editor. */
class OpenElementTest {

    @AfterEach
    void closeEditors() {
        ReportsWindow.page().closeAllEditors(false);
    }

    @Test
    void doubleClickOnARowSelectsItsTargetInThePlanEditor() throws Exception {
        ReportsView view = ReportsWindow.show();
        ReportGrid grid = ((GenericPresentation) ReportsWindow.run(view, "progress").presentation()).grids().get(0);
        grid.sortBy(0, org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum.NONE);
        NatTable nat = grid.control();
        int x = nat.getStartXOfColumnPosition(2) + 5;
        int y = nat.getStartYOfRowPosition(2) + 5;

        doubleClick(nat, x, y);

        UiWait.until("the plan editor is open", () -> ReportsWindow.page().getActiveEditor() instanceof ITextEditor);
        ITextEditor editor = (ITextEditor) ReportsWindow.page().getActiveEditor();
        assertThat(editor.getEditorInput().getName()).isEqualTo("plan.podium");
        assertThat(editor.getSite().getId()).isEqualTo("podium.lang.ui.editor");
        UiWait.until("the target is selected", () -> selected(editor).startsWith("target 实际利用外资 南阳市"));
        assertThat(selected(editor)).startsWith("target 实际利用外资 南阳市 2004: 确保 2800 万美元");
    }

    private static String selected(IEditorPart part) {
        ITextEditor editor = (ITextEditor) part;
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        try {
            return document.get(selection.getOffset(), selection.getLength());
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return "";
        }
    }

    /** The events a double click sends: down, up, down, double click, up. */
    private static void doubleClick(NatTable nat, int x, int y) {
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp, SWT.MouseDown, SWT.MouseDoubleClick, SWT.MouseUp}) {
            Event event = new Event();
            event.type = type;
            event.button = 1;
            event.x = x;
            event.y = y;
            event.count = type == SWT.MouseDown || type == SWT.MouseUp ? 1 : 2;
            event.widget = nat;
            event.display = nat.getDisplay();
            nat.notifyListeners(type, event);
        }
    }
}
