/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core;

import java.util.Locale;

/** How serious a {@link Problem} is; {@link #IGNORE} switches a configurable rule off. */
public enum Severity {
    ERROR, WARNING, INFO, IGNORE;

    /** Lower-case label as printed by the CLI ({@code error}, {@code warning}, {@code info}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label case-insensitively; returns null for an unknown word. */
    public static Severity parse(String label) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(label.trim())) {
                return s;
            }
        }
        return null;
    }
}
