/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import podium.actuals.AsOfMove;
import podium.actuals.Change;
import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.core.Problem;
import podium.core.text.Counts;

/**
 * Checks every row against the plan before anything is written and lists the row-level problems
 * (sheet, row, column, code) and the changes Finish would write (the headless import's own list, value
 * before and after); offers to move the plan's as-of date when rows are after it. Finishing is possible
 * when nothing failed, or the import is partial.
 */
public final class CheckPage extends WizardPage {

    private final SourcePage source;
    private final ColumnsPage columns;
    private Label summary;
    private Button moveAsOf;
    private TableViewer problems;
    private TableViewer changes;
    private ActualsImportService.Outcome checked;
    private boolean partial;

    CheckPage(SourcePage source, ColumnsPage columns) {
        super("check"); //-NLS-1$
        this.source = source;
        this.columns = columns;
        setTitle(Messages.CheckPage_title);
        setDescription(Messages.CheckPage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(body);
        summary = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(summary);
        moveAsOf = new Button(body, SWT.CHECK | SWT.WRAP); // its text names both dates and why: wider than the page
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).exclude(true).applyTo(moveAsOf);
        moveAsOf.setVisible(false);
        moveAsOf.addListener(SWT.Selection, e -> setPageComplete(importable()));
        problems = table(body);
        column(problems, Messages.CheckPage_location, 150, (Problem p) -> fileName(p));
        column(problems, Messages.CheckPage_row, 50, (Problem p) -> p.line() > 0 ? String.valueOf(p.line()) : ""); //-NLS-1$
        column(problems, Messages.CheckPage_column, 50, (Problem p) -> p.column() > 0 ? ColumnsPage.columnLetter(p.column() - 1) : ""); //-NLS-1$
        column(problems, Messages.CheckPage_code, 80, (Problem p) -> p.code());
        column(problems, Messages.CheckPage_message, 320, (Problem p) -> p.message());
        new Label(body, SWT.NONE).setText(Messages.CheckPage_changes);
        changes = table(body);
        column(changes, Messages.CheckPage_organisation, 90, (Change c) -> ChangeLabels.organisation(c));
        column(changes, Messages.CheckPage_indicator, 110, (Change c) -> ChangeLabels.indicator(c));
        column(changes, Messages.CheckPage_month, 60, (Change c) -> String.valueOf(c.month()));
        column(changes, Messages.CheckPage_basis, 50, (Change c) -> ChangeLabels.basis(c));
        column(changes, Messages.CheckPage_before, 90, (Change c) -> ChangeLabels.before(c));
        column(changes, Messages.CheckPage_after, 90, (Change c) -> ChangeLabels.after(c));
        column(changes, Messages.CheckPage_file, 120, (Change c) -> ChangeLabels.file(c));
        setControl(body);
    }

    private static TableViewer table(Composite body) {
        TableViewer viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 120).applyTo(viewer.getControl());
        return viewer;
    }

    private static <T> void column(TableViewer viewer, String title, int width, java.util.function.Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                return text.apply((T) element);
            }
        });
    }

    /** The file (and sheet) without its folder, which the user chose a page ago. */
    private static String fileName(Problem problem) {
        java.nio.file.Path name = java.nio.file.Path.of(problem.path()).getFileName();
        return name == null ? problem.path() : name.toString();
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            check();
        }
    }

    /** Runs the import against a fresh copy of the plan, off the UI thread, without saving. */
    void check() {
        Mapping mapping = columns.mapping();
        if (mapping == null) {
            setPageComplete(false);
            return;
        }
        java.nio.file.Path data = source.dataFile();
        java.nio.file.Path plan = source.plan().getLocation().toFile().toPath();
        boolean partial = source.partial();
        AtomicReference<ActualsImportService.Outcome> outcome = new AtomicReference<>();
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(Messages.CheckPage_checking, IProgressMonitor.UNKNOWN);
                outcome.set(ActualsImportService.check(data, plan, mapping, partial));
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            setErrorMessage(NLS.bind(Messages.CheckPage_failed, e.getCause()));
            setPageComplete(false);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        show(outcome.get(), partial);
    }

    private void show(ActualsImportService.Outcome outcome, boolean partial) {
        checked = outcome;
        this.partial = partial;
        List<Problem> rows = new ArrayList<>(outcome.planProblems());
        ImportResult result = outcome.result();
        if (result != null) {
            rows.addAll(result.problems());
        }
        problems.setInput(rows);
        changes.setInput(result == null ? List.of() : result.changes());
        showAsOf(result == null ? null : result.asOf());
        setErrorMessage(outcome.failure());
        summary.setText(summaryText(result, partial));
        summary.getParent().layout();
        setPageComplete(importable());
    }

    /** The offer to move the as-of date, checked, when rows are after it; hidden otherwise. */
    private void showAsOf(AsOfMove move) {
        boolean offered = move != null;
        moveAsOf.setVisible(offered);
        ((org.eclipse.swt.layout.GridData) moveAsOf.getLayoutData()).exclude = !offered;
        moveAsOf.setSelection(offered);
        moveAsOf.setText(offered ? Counts.format(Messages.CheckPage_moveAsOf, move.from(), move.to(), move.rows()) : ""); //-NLS-1$
    }

    /** Whether Finish would write something: rows that change the workspace, or the as-of date to move. */
    private boolean importable() {
        ImportResult result = checked == null ? null : checked.result();
        return result != null && (result.applied() || moveAsOf()) && (!result.hasErrors() || partial);
    }

    /** Whether Finish moves the plan's as-of date (offered and checked). */
    public boolean moveAsOf() {
        return moveAsOf.getVisible() && moveAsOf.getSelection();
    }

    /** Checks or unchecks the offer to move the as-of date, as a user would (tests). */
    public void setMoveAsOf(boolean move) {
        moveAsOf.setSelection(move);
        moveAsOf.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** The check box offering to move the as-of date, for tests. */
    public Button moveAsOfButton() {
        return moveAsOf;
    }

    /** The table of the changes Finish writes, for tests. */
    public TableViewer changeTable() {
        return changes;
    }

    private static String summaryText(ImportResult result, boolean partial) {
        if (result == null) {
            return Messages.CheckPage_planNotUsable;
        }
        long failing = result.problems().stream().filter(p -> p.severity() == podium.core.Severity.ERROR && p.line() > 0)
                .map(Problem::line).distinct().count();
        String counts = Counts.format(Messages.CheckPage_counts, result.rows(), result.added(), result.replaced(),
                result.unchanged(), failing);
        if (result.hasErrors() && !partial) {
            return counts + "\n" + Messages.CheckPage_nothingWithErrors; //-NLS-1$
        }
        if (!result.applied()) {
            return counts + "\n" + (result.asOf() == null ? Messages.CheckPage_nothingChanges : Messages.CheckPage_onlyAsOf); //-NLS-1$
        }
        return counts + "\n" + Messages.CheckPage_ready; //-NLS-1$
    }

    /** The outcome of the last check, for tests. */
    public ActualsImportService.Outcome checked() {
        return checked;
    }

    /** The problems table, for tests. */
    public TableViewer problemTable() {
        return problems;
    }

}
