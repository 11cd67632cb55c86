/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal.generic;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import podium.reports.api.Column;
import podium.reports.api.Row;
import podium.reports.api.Value;
import podium.reports.api.format.Formats;

/**
 * Sorts a report table's rows by one column: numeric columns by {@link Value#number()}, others by their
 * text in the user's collation (pinyin order in Chinese); empty cells last, totals stay at the bottom.
 */
final class RowSortModel implements ISortModel {

    private final List<Column> columns;
    private final Formats formats;
    private final Collator collator;
    private final Runnable changed;
    private int column = -1;
    private SortDirectionEnum direction = SortDirectionEnum.NONE;

    /** {@code changed} runs after each change of the order, to re-sort the shown rows. */
    RowSortModel(List<Column> columns, Formats formats, Runnable changed) {
        this.columns = columns;
        this.formats = formats;
        this.collator = Collator.getInstance(formats.locale());
        this.changed = changed;
    }

    /** {@code rows} (in their original order) sorted as the user asked. */
    List<Row> sorted(List<Row> rows) {
        List<Row> data = new ArrayList<>();
        List<Row> totals = new ArrayList<>();
        for (Row row : rows) {
            (row.kind() == Row.Kind.TOTAL ? totals : data).add(row);
        }
        if (column >= 0 && direction != SortDirectionEnum.NONE) {
            Comparator<Row> byCell = comparator(column);
            data.sort(direction == SortDirectionEnum.ASC ? byCell : byCell.reversed());
            // empty cells stay last whichever the direction
            data.sort(Comparator.comparing(row -> isEmpty(row.cell(column))));
        }
        data.addAll(totals);
        return data;
    }

    private Comparator<Row> comparator(int index) {
        if (columns.get(index).type().numeric()) {
            return Comparator.comparing(row -> number(row.cell(index)));
        }
        return (a, b) -> collator.compare(formats.cell(a.cell(index)), formats.cell(b.cell(index)));
    }

    private static BigDecimal number(Value value) {
        BigDecimal number = value.number();
        return number == null ? BigDecimal.ZERO : number;
    }

    private boolean isEmpty(Value value) {
        return value instanceof Value.Empty || (columns.get(column).type().numeric() && value.number() == null);
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return isColumnIndexSorted(column) ? List.of(column) : List.of();
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return columnIndex == column && direction != SortDirectionEnum.NONE;
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        return columnIndex == column ? direction : SortDirectionEnum.NONE;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return isColumnIndexSorted(columnIndex) ? 0 : -1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of(comparator(columnIndex));
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return comparator(columnIndex);
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
        column = columnIndex;
        direction = sortDirection;
        changed.run();
    }

    @Override
    public void clear() {
        column = -1;
        direction = SortDirectionEnum.NONE;
        changed.run();
    }
}
