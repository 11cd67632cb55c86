/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.Locale;

/**
 * How a cited figure is hedged, in one word: its {@link Level} when it has one (确保 guarantee, 力争 strive), else
 * its {@link Bound} (以上 at least, 左右 about, 以内 at most, exact). Kept for the readers written before level and
 * bound were separate; {@link #of(Level, Bound)} is the mapping.
 */
public enum Qualifier {
    EXACT, GUARANTEE, STRIVE, AT_LEAST, ABOUT, AT_MOST;

    /** The label used in JSON: {@code exact}, {@code guarantee}, {@code strive}, {@code at-least}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The level when there is one (it wins, as 确保 and 力争 did before), else the bound. */
    public static Qualifier of(Level level, Bound bound) {
        if (level != null) {
            return level == Level.GUARANTEE ? GUARANTEE : STRIVE;
        }
        return switch (bound) {
            case EXACT -> EXACT;
            case AT_LEAST -> AT_LEAST;
            case AT_MOST -> AT_MOST;
            case ABOUT -> ABOUT;
        };
    }
}
