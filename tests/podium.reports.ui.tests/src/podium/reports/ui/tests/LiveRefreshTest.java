/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import podium.reports.api.Table;
import podium.reports.api.format.Formats;
import podium.reports.ui.internal.ReportPage;
import podium.reports.ui.internal.ReportsView;
import podium.testing.UiWait;

/** Typing in a plan editor of the shown workspace produces the report again from the unsaved text. */
class LiveRefreshTest {

    @AfterEach
    void closeEditors() {
        ReportsWindow.page().closeAllEditors(false);
    }

    @Test
    void anEditedTargetShowsInTheReportAndClosingWithoutSavingRestoresIt() throws Exception {
        ReportsView view = ReportsWindow.show();
        ReportsWindow.run(view, "progress");
        IFile plan = ResourcesPlugin.getWorkspace().getRoot()
                .findFilesForLocationURI(ReportsWindow.examples().resolve("plan.podium").toUri())[0];
        ITextEditor editor = (ITextEditor) IDE.openEditor(ReportsWindow.page(), plan, true);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int at = document.get().indexOf("确保 2800 万美元") + "确保 ".length();

        document.replace(at, 4, "2000");

        ReportPage page = view.page("progress").orElseThrow();
        UiWait.until("the report shows 确保 2000", () -> "2000".equals(firstRow(page, "guarantee")));
        assertThat(firstRow(page, "completionGuarantee")).isEqualTo("94.50%");

        ReportsWindow.page().closeEditor(editor, false);
        UiWait.until("the report shows the saved 确保 2800 again", () -> "2800".equals(firstRow(page, "guarantee")));
    }

    private static String firstRow(ReportPage page, String column) {
        if (page.data() == null) {
            return null;
        }
        Table table = page.data().tables().get(0);
        return Formats.current().cell(table.rows().get(0).cell(table.columnIndex(column)));
    }
}
