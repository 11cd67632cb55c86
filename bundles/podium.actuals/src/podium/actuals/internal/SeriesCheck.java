/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;

import podium.actuals.Field;
import podium.actuals.ImportCodes;
import podium.core.Problem;
import podium.model.Actual;
import podium.model.Basis;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.Unit;
import podium.model.query.ModelIndex;
import podium.model.time.Month;
import podium.model.units.Units;

/**
 * Cumulative series as they would be after the import, across the whole workspace: an incoming row that
 * would make a cumulative flow fall from one month to the next (the language's PDM-A002), against the
 * months of the file or those stored in any file, is rejected with its row and column.
 */
public final class SeriesCheck {

    private record Series(Indicator indicator, Organisation organisation, int year) {
    }

    /** One month of a series: its value in the indicator's unit and where it comes from. */
    private record Point(BigDecimal value, ParsedActual row, String where) {
    }

    private SeriesCheck() {
    }

    /** The rows that keep every series rising; a problem for each of the others. */
    public static List<ParsedActual> keepFitting(List<ParsedActual> rows, ModelIndex index, RowReader reader,
            Table table, List<Problem> problems) {
        Map<Series, TreeMap<Month, Point>> series = new HashMap<>();
        Set<Series> touched = new HashSet<>();
        for (ParsedActual row : rows) {
            if (checked(row.indicator(), row.basis()) && row.value() != null) {
                touched.add(new Series(row.indicator(), row.organisation(), row.month().year()));
            }
        }
        if (touched.isEmpty()) {
            return rows;
        }
        for (Actual a : index.actuals()) {
            if (checked(a.getIndicator(), a.getBasis()) && a.getMonth() != null && a.getValue() != null) {
                Series key = new Series(a.getIndicator(), a.getOrganisation(), a.getMonth().year());
                if (touched.contains(key)) {
                    put(series, key, a.getMonth(), inUnit(a.getValue(), a.getUnit(), a.getIndicator()), null, where(a));
                }
            }
        }
        for (ParsedActual row : rows) {
            Series key = new Series(row.indicator(), row.organisation(), row.month().year());
            if (touched.contains(key)) {
                put(series, key, row.month(), inUnit(row.value(), row.unit(), row.indicator()), row, null);
            }
        }
        Set<ParsedActual> rejected = new HashSet<>();
        series.forEach((key, months) -> check(key, months, reader, table, problems, rejected));
        if (rejected.isEmpty()) {
            return rows;
        }
        List<ParsedActual> fitting = new ArrayList<>(rows);
        fitting.removeIf(rejected::contains);
        return fitting;
    }

    private static boolean checked(Indicator indicator, Basis basis) {
        return indicator != null && basis == Basis.CUMULATIVE && indicator.getKind() == IndicatorKind.FLOW;
    }

    private static void put(Map<Series, TreeMap<Month, Point>> series, Series key, Month month, BigDecimal value,
            ParsedActual row, String where) {
        if (value != null) {
            series.computeIfAbsent(key, k -> new TreeMap<>()).put(month, new Point(value, row, where));
        }
    }

    private static void check(Series key, TreeMap<Month, Point> months, RowReader reader, Table table,
            List<Problem> problems, Set<ParsedActual> rejected) {
        Map.Entry<Month, Point> earlier = null;
        for (Map.Entry<Month, Point> later : months.entrySet()) {
            if (earlier != null && later.getValue().value().compareTo(earlier.getValue().value()) < 0
                    && (later.getValue().row() != null || earlier.getValue().row() != null)) {
                ParsedActual blamed = later.getValue().row() != null ? later.getValue().row() : earlier.getValue().row();
                Map.Entry<Month, Point> other = blamed == later.getValue().row() ? earlier : later;
                String where = other.getValue().row() != null ? NLS.bind(Messages.SeriesCheck_row, other.getValue().row().row()) : other.getValue().where();
                problems.add(reader.problem(new Table.Row(blamed.row(), List.of()), Field.VALUE, ImportCodes.BREAKS_SERIES,
                        NLS.bind(Messages.RowReader_decreasing, new Object[] {later.getValue().value().toPlainString(),
                            later.getKey(), earlier.getValue().value().toPlainString(), earlier.getKey(), where})));
                rejected.add(blamed);
            }
            earlier = later;
        }
    }

    private static BigDecimal inUnit(BigDecimal value, Unit unit, Indicator indicator) {
        try {
            return Units.convert(value, Units.effective(unit, indicator), Units.effective(Unit.NONE, indicator));
        } catch (IllegalArgumentException e) { // IncompatibleUnitsException: not comparable, left to the unit check
            return null;
        }
    }

    private static String where(Actual actual) {
        URI uri = actual.eResource() == null ? null : actual.eResource().getURI();
        return uri == null ? "?" : URI.decode(uri.lastSegment());
    }
}
