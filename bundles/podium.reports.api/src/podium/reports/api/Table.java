/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A typed table: columns, rows of values, and notes printed under it (括号内数字为位次, what "-" means).
 *
 * @param id    stable id within the report (sheet names, tests), e.g. {@code progress}
 * @param title shown above the table, e.g. 附表 各县市区实际利用外资完成情况
 * @since 1.0
 */
public record Table(String id, String title, List<Column> columns, List<Row> rows, List<String> notes)
        implements Block {

    public Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException(
                        "table " + id + ": a row has " + row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** The index of the column with {@code columnId}, or −1. */
    public int columnIndex(String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return i;
            }
        }
        return -1;
    }

    /** A builder that adds columns, then rows. */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * Builds a table column by column, then row by row.
     *
     * @since 1.0
     */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder column(String columnId, String header, Column.Type type) {
            columns.add(new Column(columnId, header, type));
            return this;
        }

        /** A data row for {@code element} (may be null). */
        public Builder row(EObject element, Value... cells) {
            return row(Row.Kind.DATA, element, cells);
        }

        public Builder row(Row.Kind kind, EObject element, Value... cells) {
            URI uri = element == null || element.eResource() == null ? null : EcoreUtil.getURI(element);
            rows.add(new Row(Arrays.asList(cells), uri, kind));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public Table build() {
            return new Table(id, title, columns, rows, notes);
        }
    }
}
