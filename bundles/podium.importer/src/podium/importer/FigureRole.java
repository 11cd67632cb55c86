/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.Locale;

/** What a cited figure stands for: a target, an actual result, a growth rate, a share or a rank. */
public enum FigureRole {
    TARGET, ACTUAL, GROWTH, SHARE, RANK;

    /** The label used in JSON: {@code target}, {@code actual}, {@code growth}, {@code share}, {@code rank}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
