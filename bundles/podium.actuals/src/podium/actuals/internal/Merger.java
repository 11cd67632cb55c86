/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import podium.actuals.Change;
import podium.model.Actual;
import podium.model.ModelFactory;
import podium.model.PlanningFile;
import podium.model.Unit;
import podium.model.units.Units;

/**
 * Merges parsed actuals into a planning file: an actual with the same indicator, organisation,
 * month and basis is updated in place, anything else is appended, so re-importing never duplicates.
 * Columns a file does not have (previous year, source, report date) never erase what the plan holds.
 */
public final class Merger {

    /**
     * How many actuals were added, changed and found identical, the resources changed, and the keys the
     * workspace held more than once.
     */
    public record Counts(int added, int replaced, int unchanged, List<Resource> changed, List<Duplicate> duplicates,
            List<Change> changes) {
    }

    /**
     * An incoming row whose actual the workspace held {@code copies} times (an error, PDM-A003): kept in
     * {@code keptIn}, removed from {@code removedFrom} (file names, one per removed copy).
     */
    public record Duplicate(ParsedActual row, int copies, String keptIn, List<String> removedFrom) {
    }

    private Merger() {
    }

    /**
     * Merges into the actuals of the whole workspace ({@code workspace}: every actual of every file): one
     * with the same key is replaced where it is stored, in this file or another; a new one goes where its
     * series is kept ({@link Destinations}), else to {@code file}.
     * A key stored more than once (what older imports did) is kept once, preferably outside {@code file},
     * which is where those imports added their copies, so the import repairs the workspace.
     */
    public static Counts merge(PlanningFile file, List<ParsedActual> rows, List<Actual> workspace) {
        Map<ParsedActual.Key, List<Actual>> existing = new HashMap<>();
        for (Actual a : workspace) {
            existing.computeIfAbsent(key(a), k -> new ArrayList<>(1)).add(a);
        }
        Destinations destinations = new Destinations(file, workspace);
        Set<Resource> changed = new LinkedHashSet<>();
        List<Duplicate> duplicates = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        for (ParsedActual row : rows) {
            List<Actual> stored = existing.get(row.key());
            if (stored == null) {
                Actual actual = ModelFactory.eINSTANCE.createActual();
                actual.setIndicator(row.indicator());
                actual.setOrganisation(row.organisation());
                actual.setMonth(row.month());
                actual.setBasis(row.basis());
                apply(actual, row);
                PlanningFile destination = destinations.of(row);
                destination.getElements().add(actual);
                existing.put(row.key(), new ArrayList<>(List.of(actual)));
                changed.add(destination.eResource());
                changes.add(change(true, null, null, actual));
                added++;
                continue;
            }
            Actual actual = stored.size() == 1 ? stored.get(0) : keepOne(file, row, stored, changed, duplicates);
            if (same(actual, row)) {
                unchanged++;
            } else {
                BigDecimal oldValue = actual.getValue();
                Unit oldUnit = actual.getUnit();
                apply(actual, row);
                changed.add(actual.eResource());
                changes.add(change(false, oldValue, oldUnit, actual));
                replaced++;
            }
        }
        changed.remove(null);
        return new Counts(added, replaced, unchanged, List.copyOf(changed), duplicates, changes);
    }

    private static Change change(boolean added, BigDecimal oldValue, Unit oldUnit, Actual now) {
        return new Change(added, now.getOrganisation(), now.getIndicator(), now.getMonth(), now.getBasis(), oldValue,
                oldUnit, now.getValue(), now.getUnit(), now.eResource());
    }

    private static ParsedActual.Key key(Actual a) {
        return new ParsedActual.Key(a.getIndicator(), a.getOrganisation(), a.getMonth(), a.getBasis());
    }

    /** Removes all copies of a key but one from their files and returns the one kept. */
    private static Actual keepOne(PlanningFile file, ParsedActual row, List<Actual> stored, Set<Resource> changed,
            List<Duplicate> duplicates) {
        Actual kept = stored.stream().filter(a -> a.eResource() != file.eResource()).findFirst().orElse(stored.get(0));
        List<String> removedFrom = new ArrayList<>();
        for (Actual copy : stored) {
            if (copy != kept) {
                removedFrom.add(name(copy.eResource()));
                changed.add(copy.eResource());
                EcoreUtil.remove(copy);
            }
        }
        duplicates.add(new Duplicate(row, stored.size(), name(kept.eResource()), removedFrom));
        stored.retainAll(List.of(kept));
        return kept;
    }

    private static String name(Resource resource) {
        return resource == null || resource.getURI() == null ? "?" : URI.decode(resource.getURI().lastSegment());
    }

    /** Whether applying {@code row} would change nothing (fields the row does not give are kept). */
    private static boolean same(Actual a, ParsedActual row) {
        return equal(a.getValue(), row.value())
                && Units.effective(a.getUnit(), a.getIndicator()) == Units.effective(row.unit(), row.indicator())
                && (row.previousYear() == null || equal(a.getPreviousYear(), row.previousYear()))
                && (row.source() == null || Objects.equals(a.getSource(), row.source()))
                && (row.reportDate() == null || Objects.equals(a.getReportDate(), row.reportDate()));
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
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
