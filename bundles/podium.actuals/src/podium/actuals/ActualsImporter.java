/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import podium.actuals.internal.Columns;
import podium.actuals.internal.Merger;
import podium.actuals.internal.Messages;
import podium.actuals.internal.ParsedActual;
import podium.actuals.internal.RowReader;
import podium.actuals.internal.SeriesCheck;
import podium.actuals.internal.Table;
import podium.actuals.internal.TableException;
import podium.actuals.internal.Tables;
import podium.core.Problem;
import podium.core.Severity;
import podium.core.io.AtomicFiles;
import podium.model.Plan;
import podium.model.PlanningFile;
import podium.model.persistence.ModelStore;
import podium.model.query.ModelIndex;
import podium.model.time.Month;

/**
 * Imports monthly actuals from a CSV or XLSX file into a plan's resource: every row is validated
 * first; unless the import is partial, one bad row means nothing is imported. It works through
 * the EMF resource API only, so the plan may be XMI or any other EMF resource.
 */
public final class ActualsImporter {

    private ActualsImporter() {
    }

    /**
     * Reads {@code data} with {@code mapping} and merges its rows into the workspace of {@code plan} in memory;
     * organisations and indicators are looked up in the plan's whole resource set. A month already stored is
     * replaced where it is; a new month of a series (indicator, organisation) goes to the file that holds the
     * series' latest month, a new series to the file that holds most actuals, or to {@code plan} when no file
     * holds any. Call {@link #saveAll} afterwards.
     */
    public static ImportResult importInto(Resource plan, Path data, Mapping mapping, boolean partial) {
        PlanningFile file = ModelStore.root(plan, PlanningFile.class);
        if (file == null) {
            return failed(new Problem(String.valueOf(plan.getURI()), 0, 0, Severity.ERROR, ImportCodes.NO_PLAN,
                    Messages.ActualsImporter_noPlanningFile));
        }
        Table table;
        try {
            table = Tables.read(data, mapping);
        } catch (TableException e) {
            return failed(e.problem());
        }
        EcoreUtil.resolveAll(plan);
        ModelIndex index = ModelIndex.of(plan.getResourceSet() != null ? plan.getResourceSet() : plan);
        return importRows(file, table, mapping, index, partial);
    }

    private static ImportResult importRows(PlanningFile file, Table table, Mapping given, ModelIndex index,
            boolean partial) {
        Mapping mapping = belowTitleRows(table, given);
        Optional<Table.Row> header = table.rows().stream().filter(r -> r.number() == mapping.headerRow()).findFirst();
        if (header.isEmpty()) {
            return failed(new Problem(table.location(), mapping.headerRow(), 1, Severity.ERROR,
                    ImportCodes.MISSING_COLUMN, NLS.bind(Messages.ActualsImporter_noHeaderRow, mapping.headerRow())));
        }
        List<Problem> problems = new ArrayList<>();
        Columns columns = Columns.find(table, header.get(), mapping, problems);
        if (!problems.isEmpty()) {
            return new ImportResult(0, 0, 0, 0, 0, false, problems);
        }
        RowReader reader = new RowReader(table, header.get(), mapping, columns, index);
        List<ParsedActual> valid = new ArrayList<>();
        Map<ParsedActual.Key, Integer> seen = new HashMap<>();
        int rows = 0;
        for (Table.Row row : table.rows()) {
            if (row.number() <= mapping.headerRow() || row.blank()) {
                continue;
            }
            rows++;
            reader.read(row, problems).ifPresent(actual -> {
                Integer first = seen.putIfAbsent(actual.key(), actual.row());
                if (first == null) {
                    valid.add(actual);
                } else {
                    problems.add(new Problem(table.location(), actual.row(), 0, Severity.ERROR,
                            ImportCodes.DUPLICATE_ROW, NLS.bind(Messages.ActualsImporter_duplicateRow, first)));
                }
            });
        }
        List<ParsedActual> fitting = SeriesCheck.keepFitting(valid, index, reader, table, problems);
        problems.sort(Problem.ORDER);
        if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR) && !partial) {
            return new ImportResult(rows, 0, 0, 0, rows, false, problems);
        }
        Merger.Counts counts = Merger.merge(file, fitting, index.actuals());
        counts.duplicates().forEach(d -> problems.add(removed(reader, d)));
        problems.sort(Problem.ORDER);
        return new ImportResult(rows, counts.added(), counts.replaced(), counts.unchanged(), rows - fitting.size(),
                !counts.changed().isEmpty(), problems, counts.changed(), counts.changes(), laterThanAsOf(index, fitting));
    }

    /** How far down the first rows a header row is looked for when the first row is no header. */
    static final int HEADER_SEARCH_ROWS = 10;

    /**
     * Without a mapping file, the header row is the first row that has a column for every required field: a monthly
     * report opens with its title (2004年1-9月全市利用外资统计月报) and perhaps a line for the unit or date above the
     * column titles. A mapping file's header row, and a first row with every required column, are taken as they are.
     */
    private static Mapping belowTitleRows(Table table, Mapping mapping) {
        if (!mapping.equals(Mapping.automatic())) {
            return mapping;
        }
        int titles = columnTitlesRow(table, mapping.headerRow());
        return titles == mapping.headerRow() ? mapping
                : new Mapping(mapping.sheet(), titles, mapping.encoding(), mapping.columns(), mapping.defaults());
    }

    /** The first of the first rows that has a column for every required field, or {@code otherwise}. */
    static int columnTitlesRow(Table table, int otherwise) {
        return table.rows().stream().filter(r -> r.number() <= HEADER_SEARCH_ROWS)
                .filter(row -> Arrays.stream(Field.values()).filter(Field::required)
                        .allMatch(f -> f.column(row.cells()).isPresent()))
                .mapToInt(Table.Row::number).findFirst().orElse(otherwise);
    }

    /** The imported rows after the plan's as-of date and the date that would cover them, or null. */
    private static AsOfMove laterThanAsOf(ModelIndex index, List<ParsedActual> imported) {
        Plan plan = index.plan().orElse(null);
        if (plan == null || plan.getAsOf() == null) {
            return null;
        }
        Month asOf = plan.getAsOf().month();
        List<Month> later = imported.stream().map(ParsedActual::month).filter(m -> m.isAfter(asOf)).toList();
        return later.isEmpty() ? null
                : new AsOfMove(plan, plan.getAsOf(), Collections.max(later).lastDay(), later.size(), false);
    }

    /**
     * Moves the plan's as-of date to the end of the latest imported month when {@code result} has rows after it
     * ({@link ImportResult#asOf()}), in memory: the plan's file is then among the changed ones, saved with them
     * ({@link #saveAll}, atomically and with its pre-import backup). Returns the result with the move, or
     * {@code result} when there is nothing to move.
     */
    public static ImportResult moveAsOf(ImportResult result) {
        AsOfMove move = result.asOf();
        if (move == null || move.moved()) {
            return result;
        }
        move.plan().setAsOf(move.to());
        Set<Resource> changed = new LinkedHashSet<>(result.changed());
        if (move.plan().eResource() != null) {
            changed.add(move.plan().eResource());
        }
        return new ImportResult(result.rows(), result.added(), result.replaced(), result.unchanged(), result.skipped(),
                true, result.problems(), List.copyOf(changed), result.changes(),
                new AsOfMove(move.plan(), move.from(), move.to(), move.rows(), true));
    }

    /** An information on the row: the workspace held its actual more than once, and where the copies went. */
    private static Problem removed(RowReader reader, Merger.Duplicate d) {
        Problem at = reader.problem(new Table.Row(d.row().row(), List.of()), Field.MONTH, ImportCodes.DUPLICATE_REMOVED, "");
        return new Problem(at.path(), at.line(), at.column(), Severity.INFO, ImportCodes.DUPLICATE_REMOVED,
                NLS.bind(Messages.ActualsImporter_duplicateRemoved, new Object[] { d.copies(), d.keptIn(),
                    String.join(", ", d.removedFrom()) }));
    }

    /**
     * Saves a resource the import changed atomically; its previous content is kept as
     * {@code NAME.before-import-yyyy-MM-ddTHH-mm.bak} ({@link AtomicFiles#keepBefore}), which later saves do
     * not replace (they keep their own {@code NAME.bak}, the previous save only). A .podium file keeps its
     * text but for the actuals ({@link ModelStore#saveActuals}). Returns the backup, or null for a new file.
     */
    public static Path save(Resource resource) throws IOException {
        return save(resource, LocalDateTime.now());
    }

    /** {@link #save(Resource)} with {@code when} in the backup's name: one time for all files of an import. */
    public static Path save(Resource resource, LocalDateTime when) throws IOException {
        if (resource.getURI() == null || !resource.getURI().isFile()) {
            ModelStore.saveActuals(resource);
            return null;
        }
        return AtomicFiles.saveKeepingBefore(Path.of(resource.getURI().toFileString()), AtomicFiles.IMPORT, when,
                () -> ModelStore.saveActuals(resource));
    }

    /**
     * Saves every resource the import changed (the files the new actuals went to, those whose actuals were
     * replaced where they are stored, the plan's when its as-of date moved), each as {@link #save(Resource)} with the same time in its backup's name, after
     * checking that each can be written ({@link #checkWritable}); stops at the first that fails. Returns
     * the backups, in the order of {@link ImportResult#changed()}.
     */
    public static List<Path> saveAll(ImportResult result) throws IOException {
        for (Resource resource : result.changed()) {
            checkWritable(resource);
        }
        LocalDateTime when = LocalDateTime.now();
        List<Path> backups = new ArrayList<>();
        for (Resource resource : result.changed()) {
            Path backup = save(resource, when);
            if (backup != null) {
                backups.add(backup);
            }
        }
        return backups;
    }

    /**
     * Refuses a file the import changed that is read-only or in a read-only folder ({@link AtomicFiles#checkWritable}):
     * checked for all of them before any is saved, so that a read-only file refuses the import whole, not
     * after the others were written.
     */
    public static void checkWritable(Resource resource) throws IOException {
        if (resource.getURI() != null && resource.getURI().isFile()) {
            AtomicFiles.checkWritable(Path.of(resource.getURI().toFileString()));
        }
    }

    private static ImportResult failed(Problem problem) {
        return new ImportResult(0, 0, 0, 0, 0, false, List.of(problem));
    }
}
