/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI event loop until a condition holds, so tests wait for the editor instead of sleeping. */
final class UiWait {
    private static final long TIMEOUT_MILLIS = 30_000;

    private UiWait() {
    }

    static void until(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            if (!display.readAndDispatch()) {
                // Wake up at least every 20 ms: server threads and jobs change state without UI events.
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
