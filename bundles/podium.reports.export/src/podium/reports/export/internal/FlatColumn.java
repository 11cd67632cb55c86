/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import podium.reports.api.Column;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.Value;

/**
 * A column as CSV and spreadsheets write it: a column holding ranked values (15844（3）) becomes two,
 * the numbers and, beside them, the ranks (完成额位次), so that both stay numbers.
 *
 * @param source the index of the report's column
 * @param rank   whether this is the column of the ranks split from {@code source}
 * @param type   the type of the values written in it ({@link Column.Type#RANK} for the ranks)
 */
public record FlatColumn(int source, boolean rank, String header, Column.Type type) {

    /** A unit in brackets at the end of a header: （万美元）, （%）, (±%). */
    private static final Pattern UNIT = Pattern.compile("\\s*[（(][^（()）]*[）)]\\s*$"); //$NON-NLS-1$

    /** The columns of {@code table}, each ranked one followed by its ranks. */
    public static List<FlatColumn> of(Table table) {
        List<FlatColumn> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            columns.add(new FlatColumn(i, false, column.header(), column.type()));
            if (hasRanks(table, i)) {
                columns.add(new FlatColumn(i, true, rankHeader(column.header()), Column.Type.RANK));
            }
        }
        return columns;
    }

    /** The value of this column in {@code row}: a ranked value's number or its rank; null for a cell without rank. */
    public Value value(Row row) {
        Value cell = row.cell(source);
        if (rank) {
            return cell instanceof Value.Ranked ranked ? ranked.rank() : null;
        }
        return cell instanceof Value.Ranked ranked ? ranked.value() : cell;
    }

    /** 完成率（%） → 完成率位次: the header without its unit, with the word for rank. */
    static String rankHeader(String header) {
        return NLS.bind(Messages.Column_rank, UNIT.matcher(header).replaceFirst("")); //$NON-NLS-1$
    }

    private static boolean hasRanks(Table table, int column) {
        return table.rows().stream().anyMatch(r -> r.cell(column) instanceof Value.Ranked);
    }
}
