/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.Locale;

/**
 * How a figure bounds the quantity: 以上/突破/不少于 at least, 以内/不超过/不到 at most, 左右/近/约/多/余 about,
 * or exactly the number written.
 */
public enum Bound {
    EXACT, AT_LEAST, AT_MOST, ABOUT;

    /** The label used in JSON: {@code exact}, {@code at-least}, {@code at-most}, {@code about}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
