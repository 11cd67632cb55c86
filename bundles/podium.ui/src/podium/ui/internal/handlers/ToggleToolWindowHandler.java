/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Toggles one tool window the IntelliJ way: hidden → shown and focused; shown but not focused →
 * focused; focused → hidden. The view id comes after the colon in plugin.xml's class attribute.
 */
public final class ToggleToolWindowHandler extends AbstractHandler implements IExecutableExtension {
    private String viewId;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        viewId = (String) data;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (page != null) {
            toggle(page, viewId);
        }
        return null;
    }

    /** Applies the toggle rule to the view {@code id} on {@code page}. */
    public static void toggle(IWorkbenchPage page, String id) throws ExecutionException {
        IViewReference reference = page.findViewReference(id);
        IWorkbenchPart part = reference == null ? null : reference.getPart(false);
        if (part != null && page.isPartVisible(part) && page.getActivePart() == part) {
            page.hideView(reference);
            return;
        }
        try {
            page.showView(id);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot show tool window " + id, e); //$NON-NLS-1$
        }
    }
}
