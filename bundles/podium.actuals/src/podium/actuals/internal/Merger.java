/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import podium.model.Actual;
import podium.model.ModelFactory;
import podium.model.PlanElement;
import podium.model.PlanningFile;
import podium.model.units.Units;

/**
 * Merges parsed actuals into a planning file: an actual with the same indicator, organisation,
 * month and basis is updated in place, anything else is appended, so re-importing never duplicates.
 * Columns a file does not have (previous year, source, report date) never erase what the plan holds.
 */
public final class Merger {

    /** How many actuals were added, changed and found identical. */
    public record Counts(int added, int replaced, int unchanged) {
    }

    private Merger() {
    }

    public static Counts merge(PlanningFile file, List<ParsedActual> rows) {
        Map<ParsedActual.Key, Actual> existing = new HashMap<>();
        for (PlanElement e : file.getElements()) {
            if (e instanceof Actual a) {
                existing.putIfAbsent(new ParsedActual.Key(a.getIndicator(), a.getOrganisation(), a.getMonth(),
                        a.getBasis()), a);
            }
        }
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        for (ParsedActual row : rows) {
            Actual actual = existing.get(row.key());
            if (actual == null) {
                actual = ModelFactory.eINSTANCE.createActual();
                actual.setIndicator(row.indicator());
                actual.setOrganisation(row.organisation());
                actual.setMonth(row.month());
                actual.setBasis(row.basis());
                apply(actual, row);
                file.getElements().add(actual);
                existing.put(row.key(), actual);
                added++;
            } else if (same(actual, row)) {
                unchanged++;
            } else {
                apply(actual, row);
                replaced++;
            }
        }
        return new Counts(added, replaced, unchanged);
    }

    /** Whether applying {@code row} would change nothing (fields the row does not give are kept). */
    private static boolean same(Actual a, ParsedActual row) {
        return equal(a.getValue(), row.value())
                && Units.effective(a.getUnit(), a.getIndicator()) == Units.effective(row.unit(), row.indicator())
                && (row.previousYear() == null || equal(a.getPreviousYear(), row.previousYear()))
                && (row.source() == null || Objects.equals(a.getSource(), row.source()))
                && (row.reportDate() == null || Objects.equals(a.getReportDate(), row.reportDate()));
    }

    private static boolean equal(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Replaces value and unit; last year's value, source and report date only when the row gives them. */
    private static void apply(Actual actual, ParsedActual row) {
        actual.setValue(row.value());
        actual.setUnit(row.unit());
        if (row.previousYear() != null) {
            actual.setPreviousYear(row.previousYear());
        }
        if (row.source() != null) {
            actual.setSource(row.source());
        }
        if (row.reportDate() != null) {
            actual.setReportDate(row.reportDate());
        }
    }
}
