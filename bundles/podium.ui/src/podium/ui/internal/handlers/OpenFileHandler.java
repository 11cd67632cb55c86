/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import podium.ui.internal.Messages;

/** File ▸ Open File…: opens files from anywhere on disk in the editor registered for them. */
public final class OpenFileHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.OpenFileHandler_dialogTitle);
        if (dialog.open() == null) {
            return null;
        }
        for (String name : dialog.getFileNames()) {
            open(window, Path.of(dialog.getFilterPath(), name));
        }
        return null;
    }

    private static void open(IWorkbenchWindow window, Path file) {
        IWorkbenchPage page = window.getActivePage();
        try {
            IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.OpenFileHandler_dialogTitle,
                    NLS.bind(Messages.OpenFileHandler_failed, file, e.getMessage()));
        }
    }
}
