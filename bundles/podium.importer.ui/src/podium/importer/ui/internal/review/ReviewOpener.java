/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.review;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import podium.importer.ui.internal.Messages;
import podium.importer.ui.internal.SpeechImport;

/** Shows an import's review, replacing an older review of the same file. Call on the UI thread. */
public final class ReviewOpener {

    /** The review editor's id in plugin.xml. */
    public static final String EDITOR_ID = "podium.importer.ui.speechReview"; //-NLS-1$

    private ReviewOpener() {
    }

    public static SpeechReviewEditor open(SpeechImport imported) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        IWorkbenchPage page = window.getActivePage();
        SpeechReviewInput input = new SpeechReviewInput(imported);
        IEditorReference[] older = page.findEditors(input, EDITOR_ID, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
        page.closeEditors(older, false);
        try {
            SpeechReviewEditor editor = (SpeechReviewEditor) page.openEditor(input, EDITOR_ID);
            reportSaveFailure(window, imported);
            return editor;
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.ReviewOpener_title, NLS.bind(Messages.ReviewOpener_failed, e.getMessage()));
            return null;
        }
    }

    private static void reportSaveFailure(IWorkbenchWindow window, SpeechImport imported) {
        if (imported.saveFailure() != null) {
            MessageDialog.openError(window.getShell(), Messages.ReviewOpener_title, imported.saveFailure());
        }
    }
}
