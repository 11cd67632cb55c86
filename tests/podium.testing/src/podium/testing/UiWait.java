/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.testing;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI event loop until a condition holds, so tests wait for the workbench instead of sleeping. */
public final class UiWait {
    /** Only how long a failing test takes to say so: a passing one returns as soon as the condition holds. */
    private static final long TIMEOUT_MILLIS = 60_000;

    private UiWait() {
    }

    /** Processes events until {@code condition} is true; fails with {@code what} after the timeout. */
    public static void until(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            if (!display.readAndDispatch()) {
                // Wake up at least every 20 ms: the condition may change without a UI event (jobs).
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Handles every event already queued. */
    public static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }
}
