/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.Objects;

/**
 * One change the importer made to the text, located in the input file so that a user can review it.
 *
 * @param offset character offset in the decoded input where the changed text started
 * @param line   1-based line in the input file
 * @param column 1-based column (in characters) in the input file
 * @param before the text as the stage that changed it saw it
 * @param after  the text that replaced it (empty for removals)
 */
public record TextRepair(int offset, int line, int column, RepairKind kind, String before, String after) {

    public TextRepair {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
