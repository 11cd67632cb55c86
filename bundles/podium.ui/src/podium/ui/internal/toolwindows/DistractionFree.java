/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Distraction-free mode: only the editors and the menu bar. Entering hides every open tool window and
 * the window's trim (stripes, toolbar, status bar); leaving shows them again as they were. The layout
 * to come back to is kept in the window's persisted state, so the mode survives a restart.
 */
public final class DistractionFree {
    static final String KEY = "podium.distractionFree"; //$NON-NLS-1$

    private DistractionFree() {
    }

    public static boolean isOn(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        return model != null && model.getPersistedState().containsKey(KEY);
    }

    /** The layout to return to, while the mode is on. */
    public static ToolWindowLayout savedLayout(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        return ToolWindowLayout.parse(model == null ? null : model.getPersistedState().get(KEY));
    }

    public static void toggle(IWorkbenchWindow window) {
        if (isOn(window)) {
            leave(window);
        } else {
            enter(window);
        }
    }

    static void enter(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        IWorkbenchPage page = window.getActivePage();
        if (model == null || page == null) {
            return;
        }
        ToolWindowCatalog catalog = ToolWindowCatalog.of(PlatformUI.getWorkbench());
        ToolWindowLayout layout = new ToolWindowsOfWindow(window).capture(catalog);
        model.getPersistedState().put(KEY, layout.format());
        for (String id : catalog.ids()) {
            IViewReference reference = page.findViewReference(id);
            if (reference != null) {
                page.hideView(reference);
            }
        }
        showTrim(model, false);
    }

    static void leave(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        if (model == null) {
            return;
        }
        ToolWindowLayout layout = savedLayout(window);
        model.getPersistedState().remove(KEY);
        showTrim(model, true);
        new ToolWindowsOfWindow(window).apply(layout);
    }

    private static void showTrim(MWindow model, boolean visible) {
        if (model instanceof MTrimmedWindow trimmed) {
            for (MUIElement bar : trimmed.getTrimBars()) {
                bar.setVisible(visible);
            }
        }
    }
}
