/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.Locale;

/** The level of a target a figure states: 确保 (guarantee) or 力争/争取 (strive). A figure without one has none. */
public enum Level {
    GUARANTEE, STRIVE;

    /** The label used in JSON: {@code guarantee}, {@code strive}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
