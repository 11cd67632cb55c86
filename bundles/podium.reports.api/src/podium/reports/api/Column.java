/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.util.Objects;

/**
 * A column of a table: a stable id (used by exporters and tests), the header in the user's
 * language and the type of its values.
 *
 * @since 1.0
 */
public record Column(String id, String header, Type type) {

    /**
     * The kind of values a column holds; any cell may also be {@link Value.Empty}, and number
     * columns may hold {@link Value.Ranked} values.
     *
     * @since 1.0
     */
    public enum Type {
        /** {@link Value.Text}. */
        TEXT,
        /** {@link Value.Amount}: a number with its unit. */
        AMOUNT,
        /** {@link Value.Percent}. */
        PERCENT,
        /** {@link Value.Points}: percentage points. */
        POINTS,
        /** {@link Value.Rank}: 第N位/共M. */
        RANK,
        /** {@link Value.Movement}: ↑2 / ↓1. */
        MOVEMENT,
        /** {@link Value.Status}. */
        STATUS;

        /** Whether the column holds numbers (right-aligned, numeric sort, numeric spreadsheet cells). */
        public boolean numeric() {
            return this != TEXT && this != STATUS;
        }
    }

    public Column {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
    }
}
