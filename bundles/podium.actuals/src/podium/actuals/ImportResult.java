/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import podium.actuals.internal.Messages;

import podium.core.Problem;
import podium.core.Severity;
import podium.core.text.Counts;

/**
 * What an import did: rows read, actuals added, replaced (value changed) and unchanged, rows
 * skipped because they failed, and the problems found.
 *
 * @param applied whether the plan was changed in memory (false when any row failed and the import
 *                was not partial, or when nothing differed)
 * @param changed the resources changed in memory: those the new actuals went to, those whose actuals were
 *                replaced where they are stored, and the plan's when its as-of date was moved
 * @param changes the actuals added and replaced, in the order of the rows
 * @param asOf    the rows for months after the plan's as-of date and the move of that date, or null when
 *                there are none (or the plan has no as-of date, or nothing was merged)
 */
public record ImportResult(int rows, int added, int replaced, int unchanged, int skipped, boolean applied,
        List<Problem> problems, List<Resource> changed, List<Change> changes, AsOfMove asOf) {

    public ImportResult {
        problems = List.copyOf(problems);
        changed = List.copyOf(changed);
        changes = List.copyOf(changes);
    }

    /** A result without a list of changes, nor rows after the as-of date. */
    public ImportResult(int rows, int added, int replaced, int unchanged, int skipped, boolean applied,
            List<Problem> problems, List<Resource> changed) {
        this(rows, added, replaced, unchanged, skipped, applied, problems, changed, List.of(), null);
    }

    /** A result that changed no resource. */
    public ImportResult(int rows, int added, int replaced, int unchanged, int skipped, boolean applied,
            List<Problem> problems) {
        this(rows, added, replaced, unchanged, skipped, applied, problems, List.of());
    }

    /** Whether some rows were imported while others failed (a partial import). */
    public boolean partial() {
        return applied && hasErrors();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** A one-line summary for the command line. */
    public String summary() {
        String message = !applied ? Messages.ImportResult_summaryNothingImported
                : partial() ? Messages.ImportResult_summaryPartial : Messages.ImportResult_summary;
        return Counts.format(message, rows, added, replaced, unchanged, skipped);
    }
}
