/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.welcome;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * When the welcome page shows: at start-up while no editor is open, and from Help ▸ 欢迎; it closes
 * itself when the user opens a file, as IntelliJ's welcome screen gives way to the project.
 */
public final class Welcome {

    /** The welcome page's editor id (plugin.xml). */
    public static final String EDITOR_ID = "podium.ui.welcome"; //$NON-NLS-1$

    private static final IPartListener2 CLOSE_ON_FIRST_FILE = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference reference) {
            if (reference instanceof IEditorReference editor && !EDITOR_ID.equals(editor.getId())) {
                IWorkbenchPage page = reference.getPage();
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> close(page));
            }
        }
    };

    private Welcome() {
    }

    /** Shows the page in {@code window} if its editor area is empty (a start without restored editors). */
    public static void showIfNothingOpen(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page != null && page.getEditorReferences().length == 0) {
            show(window);
        }
    }

    public static void show(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            page.openEditor(WelcomeInput.INSTANCE, EDITOR_ID, true);
            page.removePartListener(CLOSE_ON_FIRST_FILE);
            page.addPartListener(CLOSE_ON_FIRST_FILE);
        } catch (PartInitException e) {
            ILog.of(Welcome.class).error("The welcome page could not open", e); //$NON-NLS-1$
        }
    }

    static void close(IWorkbenchPage page) {
        page.removePartListener(CLOSE_ON_FIRST_FILE);
        for (IEditorReference reference : page.getEditorReferences()) {
            if (EDITOR_ID.equals(reference.getId())) {
                page.closeEditors(new IEditorReference[] {reference}, false);
            }
        }
    }
}
