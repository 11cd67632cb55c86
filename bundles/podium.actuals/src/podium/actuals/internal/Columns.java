/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import podium.actuals.Field;
import podium.actuals.ImportCodes;
import podium.actuals.Mapping;
import podium.core.Limits;
import podium.core.Problem;
import podium.core.Severity;
import podium.core.text.Enumerations;

/** Where each field's values are in a table: the column index found from the mapping and the header row. */
public final class Columns {

    private final Map<Field, Integer> indexes = new EnumMap<>(Field.class);

    private Columns() {
    }

    /** Finds the columns of {@code mapping} in {@code header}; problems for mapped or required columns not found. */
    public static Columns find(Table table, Table.Row header, Mapping mapping, List<Problem> problems) {
        Columns columns = new Columns();
        for (Field field : Field.values()) {
            String wanted = mapping.columns().get(field);
            Optional<Integer> index = wanted != null ? byTitleOrLetter(header, wanted) : field.column(header.cells());
            index.ifPresent(i -> columns.indexes.put(field, i));
            if (index.isEmpty() && wanted != null) {
                problems.add(missing(table, header, NLS.bind(Messages.Columns_mappedColumnMissing,
                        new Object[] { wanted, field.key(), header.number() })));
            } else if (index.isEmpty() && field.required() && !mapping.defaults().containsKey(field)) {
                problems.add(missing(table, header, NLS.bind(Messages.Columns_requiredColumnMissing,
                        new Object[] { FieldNames.of(field), Enumerations.join(field.titles()), field.key(),
                            found(table, header) })));
            }
        }
        return columns;
    }

    /** The column titled {@code wanted} (as written, else as {@link Field#normalised}), or a column letter. */
    private static Optional<Integer> byTitleOrLetter(Table.Row header, String wanted) {
        int byTitle = header.cells().indexOf(wanted);
        if (byTitle < 0) {
            byTitle = header.cells().stream().map(Field::normalised).toList().indexOf(Field.normalised(wanted));
        }
        if (byTitle >= 0) {
            return Optional.of(byTitle);
        }
        if (wanted.matches("[A-Z]{1,2}")) {
            int index = 0;
            for (char c : wanted.toCharArray()) {
                index = index * 26 + (c - 'A' + 1);
            }
            return Optional.of(index - 1);
        }
        return Optional.empty();
    }

    private static Problem missing(Table table, Table.Row header, String message) {
        return new Problem(table.location(), header.number(), 1, Severity.ERROR, ImportCodes.MISSING_COLUMN, message);
    }

    /** The titles of the header row as the import read them, with the encoding of a CSV file. */
    private static String found(Table table, Table.Row header) {
        List<String> titles = header.cells().stream().limit(20).map(t -> "\"" + Limits.echo(t) + "\"").toList();
        String list = Enumerations.join(titles) + (header.cells().size() > 20 ? Enumerations.separator(Locale.getDefault()) + "…" : ""); //$NON-NLS-1$ //$NON-NLS-2$
        return table.encoding() == null ? list : NLS.bind(Messages.Columns_headerRead, list, table.encoding());
    }

    /** The 0-based column of {@code field}, if the table has one. */
    public Optional<Integer> of(Field field) {
        return Optional.ofNullable(indexes.get(field));
    }

    /** The header title of the value column, which may tell the basis (累计, 当月). */
    public Optional<String> valueTitle(Table.Row header) {
        return of(Field.VALUE).map(header::cell);
    }
}
