/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * A row of a table: one value per column, the model element it stands for (a double click opens it;
 * null when there is none) and whether it is a data row or a total.
 *
 * @since 1.0
 */
public record Row(List<Value> cells, URI element, Kind kind) {

    /**
     * Data rows, and totals that sum or roll up the rows above them.
     *
     * @since 1.0
     */
    public enum Kind {
        DATA, SUBTOTAL, TOTAL
    }

    public Row {
        cells = List.copyOf(cells);
        if (kind == null) {
            kind = Kind.DATA;
        }
    }

    /** The cell of column {@code index}. */
    public Value cell(int index) {
        return cells.get(index);
    }
}
