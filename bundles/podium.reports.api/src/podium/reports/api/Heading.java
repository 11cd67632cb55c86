/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.util.Objects;

/**
 * A heading of running text. Level 1 is a part (一、), level 2 a sub-part ((一)), level 3 below that.
 *
 * @since 1.0
 */
public record Heading(int level, String text) implements Block {

    public Heading {
        Objects.requireNonNull(text, "text");
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level must be 1, 2 or 3: " + level);
        }
    }
}
