/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.workspace;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The status line of each workbench window, as its advisor was given it (the platform offers no API
 * to reach a window's status line from outside a part).
 */
public final class StatusLines {

    private static final Map<IWorkbenchWindow, IStatusLineManager> LINES = new WeakHashMap<>();

    private StatusLines() {
    }

    public static synchronized void register(IWorkbenchWindow window, IStatusLineManager line) {
        LINES.put(window, line);
    }

    /** The window's status line; a detached one (messages go nowhere) for a window the advisor never saw. */
    public static synchronized IStatusLineManager of(IWorkbenchWindow window) {
        IStatusLineManager line = LINES.get(window);
        return line != null ? line : new StatusLineManager();
    }
}
