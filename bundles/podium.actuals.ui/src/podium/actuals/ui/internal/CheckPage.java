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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import podium.actuals.ImportResult;
import podium.actuals.Mapping;
import podium.core.Problem;
import podium.core.text.Counts;

/**
 * Checks every row against the plan before anything is written and lists the row-level problems
 * (sheet, row, column, code); finishing is possible when nothing failed, or the import is partial.
 */
public final class CheckPage extends WizardPage {

    private final SourcePage source;
    private final ColumnsPage columns;
    private Label summary;
    private TableViewer problems;
    private ActualsImportService.Outcome checked;

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
        problems = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        problems.getTable().setHeaderVisible(true);
        problems.getTable().setLinesVisible(true);
        problems.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.CheckPage_location, 150, CheckPage::fileName);
        column(Messages.CheckPage_row, 50, p -> p.line() > 0 ? String.valueOf(p.line()) : ""); //-NLS-1$
        column(Messages.CheckPage_column, 50, p -> p.column() > 0 ? ColumnsPage.columnLetter(p.column() - 1) : ""); //-NLS-1$
        column(Messages.CheckPage_code, 80, Problem::code);
        column(Messages.CheckPage_message, 320, Problem::message);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 200).applyTo(problems.getControl());
        setControl(body);
    }

    private void column(String title, int width, java.util.function.Function<Problem, String> text) {
        TableViewerColumn column = new TableViewerColumn(problems, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Problem) element);
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
        List<Problem> rows = new ArrayList<>(outcome.planProblems());
        ImportResult result = outcome.result();
        if (result != null) {
            rows.addAll(result.problems());
        }
        problems.setInput(rows);
        boolean importable = result != null && result.applied() && (!result.hasErrors() || partial);
        setErrorMessage(outcome.failure());
        summary.setText(summaryText(result, partial));
        summary.getParent().layout();
        setPageComplete(importable);
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
            return counts + "\n" + Messages.CheckPage_nothingChanges; //-NLS-1$
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
