/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.testing;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a modal dialog from inside its own event loop, as a user clicks one of its buttons: a test
 * schedules the answer, then does what opens the dialog (which returns only once it is answered).
 */
public final class ModalDialogs {

    private ModalDialogs() {
    }

    /**
     * Once a dialog (a visible shell with a parent) other than {@code except} is open, gives it to
     * {@code read} and presses its button whose data is {@code button}: a message dialog's buttons hold their
     * position, other dialogs' their id. Gives up after 30 s, so that a dialog that never opens fails its own
     * test instead of being answered for a later one.
     */
    public static void answer(int button, Consumer<Shell> read, Shell... except) {
        Display display = Display.getCurrent();
        List<Shell> others = Arrays.asList(except);
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells())
                    .filter(s -> !s.isDisposed() && s.isVisible() && s.getParent() != null && !others.contains(s))
                    .findFirst().orElse(null);
            if (dialog != null) {
                read.accept(dialog);
                press(dialog, button);
            } else if (System.nanoTime() < giveUp) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    /** Presses the button under {@code parent} whose data is {@code data}. */
    public static void press(Composite parent, int data) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && Integer.valueOf(data).equals(button.getData())) {
                button.notifyListeners(SWT.Selection, new Event());
                return;
            }
            if (child instanceof Composite composite) {
                press(composite, data);
            }
        }
    }
}
