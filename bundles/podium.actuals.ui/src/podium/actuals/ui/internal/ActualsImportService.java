/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

import podium.actuals.ActualsImporter;
import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.core.Problem;
import podium.lang.tools.PlanLoader;
import podium.model.persistence.LoadResult;

/** Checks and runs an actuals import for the wizard; never on the UI thread. */
public final class ActualsImportService {

    /**
     * What an import did or would do.
     *
     * @param failure why nothing could be imported or saved (plan errors, save failure), or null
     * @param backups once saved, the files as they were before the import (NAME.before-import-...bak)
     */
    public record Outcome(ImportResult result, List<Problem> planProblems, String failure, boolean saved,
            List<Path> backups) {

        Outcome(ImportResult result, List<Problem> planProblems, String failure, boolean saved) {
            this(result, planProblems, failure, saved, List.of());
        }
    }

    private ActualsImportService() {
    }

    /**
     * Reads and validates every row against a fresh copy of the plan; nothing is written. The result lists the
     * changes the import would make and the rows after the plan's as-of date ({@link ImportResult#asOf()}).
     */
    public static Outcome check(Path data, Path plan, Mapping mapping, boolean partial) {
        return run(data, plan, mapping, partial, false, false);
    }

    /**
     * Imports and, when anything changed, saves the changed files atomically, keeping each old file as
     * {@code NAME.before-import-...bak}, which later saves do not replace; with {@code moveAsOf} the plan's
     * as-of date moves to the end of the latest imported month when rows are after it, saved the same way.
     */
    public static Outcome apply(Path data, Path plan, Mapping mapping, boolean partial, boolean moveAsOf) {
        return run(data, plan, mapping, partial, moveAsOf, true);
    }

    private static Outcome run(Path data, Path plan, Mapping mapping, boolean partial, boolean moveAsOf, boolean save) {
        LoadResult loaded = PlanLoader.loadForWriting(plan);
        // content errors do not stop an import, which may repair them; it adds none (rows that would are refused)
        if (!loaded.readable()) {
            return new Outcome(null, loaded.problems(), NLS.bind(Messages.ActualsImportService_planErrors, plan.getFileName()), false);
        }
        ImportResult imported = ActualsImporter.importInto(loaded.resource(), data, mapping, partial);
        ImportResult result = moveAsOf ? ActualsImporter.moveAsOf(imported) : imported;
        for (Resource changed : result.applied() ? result.changed() : List.<Resource>of()) {
            List<Problem> errors = PlanLoader.syntaxErrors(changed);
            if (!errors.isEmpty()) {
                return new Outcome(null, errors, NLS.bind(Messages.ActualsImportService_fileErrors,
                        changed.getURI().lastSegment()), false);
            }
        }
        if (!save || !result.applied()) {
            return new Outcome(result, List.of(), null, false);
        }
        try {
            List<Path> backups = ActualsImporter.saveAll(result);
            return new Outcome(result, List.of(), null, true, backups);
        } catch (IOException | RuntimeException e) {
            return new Outcome(result, List.of(), NLS.bind(Messages.ActualsImportService_saveFailed, plan.getFileName(), e.getMessage()), false);
        }
    }
}
