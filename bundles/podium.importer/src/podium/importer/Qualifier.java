/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.Locale;

/** How a cited figure is hedged: 确保 guarantee, 力争 strive, 以上 at least, 左右 about, 以内 at most. */
public enum Qualifier {
    EXACT, GUARANTEE, STRIVE, AT_LEAST, ABOUT, AT_MOST;

    /** The label used in JSON: {@code exact}, {@code guarantee}, {@code strive}, {@code at-least}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
