/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import org.eclipse.e4.ui.model.application.ui.SideValue;

/** The side of the editor area a tool window is docked on, which is the stripe that shows its button. */
public enum Side {
    LEFT(SideValue.LEFT), RIGHT(SideValue.RIGHT), BOTTOM(SideValue.BOTTOM);

    private final SideValue trim;

    Side(SideValue trim) {
        this.trim = trim;
    }

    /** The window trim bar the stripe of this side lives in. */
    public SideValue trim() {
        return trim;
    }
}
