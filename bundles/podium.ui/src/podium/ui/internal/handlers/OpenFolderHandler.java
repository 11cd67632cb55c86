/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import podium.ui.internal.Messages;
import podium.ui.internal.workspace.OpenFolderJob;

/** File ▸ 打开文件夹…: shows a folder of plans in the explorer, as {@code podium --open DIR} does. */
public final class OpenFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        DirectoryDialog dialog = new DirectoryDialog(window.getShell());
        dialog.setText(Messages.Welcome_openFolder);
        String chosen = dialog.open();
        if (chosen != null) {
            OpenFolderJob.open(window, Path.of(chosen));
        }
        return null;
    }
}
