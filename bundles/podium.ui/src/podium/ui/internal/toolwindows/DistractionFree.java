/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Distraction-free mode: only the editors and the menu bar. Entering hides every open tool window and
 * the window's trim (stripes, toolbar, status bar); leaving shows them again as they were. The layout
 * to come back to is kept in the window's persisted state, so the mode survives a restart.
 */
public final class DistractionFree {
    static final String KEY = "podium.distractionFree"; //$NON-NLS-1$
    private static final String KEY_BEHIND = KEY + ".behind"; //$NON-NLS-1$
    private static final String KEY_TRIM = KEY + ".trim"; //$NON-NLS-1$
    private static final char VISIBLE = '+';

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
        ToolWindowsOfWindow toolWindows = new ToolWindowsOfWindow(window);
        ToolWindowLayout layout = toolWindows.capture(catalog);
        model.getPersistedState().put(KEY, layout.format());
        // the layout knows the seen tool windows; a tab behind another one, and the trim as it was, come back too
        List<String> behind = new ArrayList<>();
        toolWindows.places().ifPresent(in -> catalog.ids().forEach(id -> {
            if (in.hasTab(id) && !in.isOpen(id)) {
                behind.add(id);
            }
        }));
        model.getPersistedState().put(KEY_BEHIND, String.join(",", behind)); //$NON-NLS-1$
        model.getPersistedState().put(KEY_TRIM, hideTrim(model));
        for (String id : catalog.ids()) {
            IViewReference reference = page.findViewReference(id);
            if (reference != null) {
                page.hideView(reference);
            }
        }
    }

    static void leave(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        if (model == null) {
            return;
        }
        ToolWindowLayout layout = savedLayout(window);
        model.getPersistedState().remove(KEY);
        String trim = model.getPersistedState().remove(KEY_TRIM);
        String behind = model.getPersistedState().remove(KEY_BEHIND);
        if (model instanceof MTrimmedWindow trimmed) {
            List<MTrimBar> bars = trimmed.getTrimBars();
            for (int i = 0; i < bars.size(); i++) {
                // a state from before the trim was kept: every bar, as then
                bars.get(i).setVisible(trim == null || trim.length() <= i || trim.charAt(i) == VISIBLE);
            }
        }
        new ToolWindowsOfWindow(window).apply(layout);
        IWorkbenchPage page = window.getActivePage();
        if (page != null && behind != null && !behind.isEmpty()) {
            for (String id : behind.split(",")) { //$NON-NLS-1$
                try {
                    page.showView(id, null, IWorkbenchPage.VIEW_CREATE); // its tab again, after the layout hid it, behind the seen one
                } catch (PartInitException e) {
                    ILog.of(DistractionFree.class).warn("Tool window " + id + " cannot be shown: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
    }

    /** Hides the trim bars; what was visible, one character per bar. */
    private static String hideTrim(MWindow model) {
        StringBuilder visible = new StringBuilder();
        if (model instanceof MTrimmedWindow trimmed) {
            for (MTrimBar bar : trimmed.getTrimBars()) {
                visible.append(bar.isVisible() ? VISIBLE : '-');
                bar.setVisible(false);
            }
        }
        return visible.toString();
    }
}
