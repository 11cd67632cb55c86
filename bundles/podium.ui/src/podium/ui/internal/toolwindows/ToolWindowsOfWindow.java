/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

import podium.ui.internal.handlers.ToggleToolWindowHandler;

/** The tool windows of one workbench window: toggling one as its stripe button does, a layout captured or applied. */
public final class ToolWindowsOfWindow {
    private final IWorkbenchWindow window;

    public ToolWindowsOfWindow(IWorkbenchWindow window) {
        this.window = window;
    }

    /** The places in the active perspective, if the window has one. */
    public Optional<ToolWindowPlaces> places() {
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        MPerspective perspective = model == null || models == null ? null : models.getActivePerspective(model);
        return perspective == null ? Optional.empty() : Optional.of(new ToolWindowPlaces(perspective, models));
    }

    /**
     * A stripe button's click: the tool window's toggle command (Alt+n). An open window that has not the
     * focus is activated first, so that a click on the button of an open window hides it, as in IntelliJ.
     */
    public void toggle(ToolWindowCatalog catalog, String viewId) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        IViewReference reference = page.findViewReference(viewId);
        IWorkbenchPart part = reference == null ? null : reference.getPart(false);
        if (part != null && page.isPartVisible(part) && page.getActivePart() != part) {
            page.activate(part);
        }
        try {
            Optional<String> command = catalog.toggleCommand(viewId);
            if (command.isPresent()) {
                window.getService(IHandlerService.class).executeCommand(command.get(), null);
            } else {
                ToggleToolWindowHandler.toggle(page, viewId);
            }
        } catch (CommandException e) {
            ILog.of(getClass()).error("Cannot toggle tool window " + viewId, e); //$NON-NLS-1$
        }
    }

    public ToolWindowLayout capture(ToolWindowCatalog catalog) {
        return places().map(in -> ToolWindowLayout.of(in, catalog.ids())).orElse(new ToolWindowLayout(Map.of()));
    }

    /** Moves each tool window of {@code layout} to its side and opens or hides it; others stay as they are. */
    public void apply(ToolWindowLayout layout) {
        IWorkbenchPage page = window.getActivePage();
        ToolWindowPlaces in = places().orElse(null);
        if (page == null || in == null) {
            return;
        }
        layout.places().forEach((id, place) -> in.move(id, place.side()));
        layout.places().forEach((id, place) -> {
            IViewReference reference = page.findViewReference(id);
            if (!place.open() && reference != null) {
                page.hideView(reference);
            } else if (place.open() && !in.isOpen(id)) {
                try {
                    page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
                } catch (PartInitException e) {
                    ILog.of(getClass()).warn("Tool window " + id + " cannot be shown: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        });
    }
}
