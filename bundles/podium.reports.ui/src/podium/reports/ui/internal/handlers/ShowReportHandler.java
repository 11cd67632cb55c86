/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import podium.reports.ui.internal.Messages;
import podium.reports.ui.internal.ReportsView;
import podium.ui.ToolWindows;

/** Shows the 报表 tool window on the report its parameter names (Search Everywhere runs it). */
public final class ShowReportHandler extends AbstractHandler {

    /** The command's parameter: a report id as {@code podium report --list} prints it. */
    public static final String REPORT_ID = "podium.reports.ui.reportId"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        String id = event.getParameter(REPORT_ID);
        if (page == null || id == null) {
            return null;
        }
        try {
            if (page.showView(ToolWindows.REPORTS) instanceof ReportsView view && !view.select(id)) {
                MessageDialog.openInformation(window.getShell(), Messages.ShowReport_title,
                        NLS.bind(Messages.ShowReport_noReport, id));
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
