/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Shift pressed twice on its own, within the double-click time, in a workbench window opens Search
 * Everywhere (IntelliJ's gesture; no key binding can express it, so a display filter watches keys).
 * Any other key in between, or Shift held with another key, does not count.
 */
final class ShiftShift implements Listener {

    private long firstReleased = -1;
    private boolean alone;

    static void install(Display display) {
        ShiftShift filter = new ShiftShift();
        display.addFilter(SWT.KeyDown, filter);
        display.addFilter(SWT.KeyUp, filter);
    }

    @Override
    public void handleEvent(Event event) {
        boolean shift = event.keyCode == SWT.SHIFT;
        if (event.type == SWT.KeyDown) {
            if (!shift || (event.stateMask & SWT.MODIFIER_MASK & ~SWT.SHIFT) != 0) {
                firstReleased = -1;
                alone = false;
                return;
            }
            alone = true;
            if (firstReleased >= 0 && System.nanoTime() - firstReleased <= interval(event.display)) {
                firstReleased = -1;
                alone = false;
                openIn(event.display);
            }
        } else if (shift && alone) {
            firstReleased = System.nanoTime();
        }
    }

    private static long interval(Display display) {
        return display.getDoubleClickTime() * 1_000_000L;
    }

    private static void openIn(Display display) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && display.getActiveShell() == window.getShell()) {
            display.asyncExec(() -> SearchEverywhereHandler.open(window, Set.of()));
        }
    }
}
