/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.sample.reports.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import podium.lang.tools.WorkspaceModel;
import podium.lang.ui.PlanFolders;
import podium.model.query.ModelIndex;
import podium.reports.Parameters;
import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.format.Formats;

/**
 * 出口增速 (Export growth), a view of the sample: the table of its report {@code sample.exportGrowth} — each
 * county's exports to date, last year's, its growth and its place — for the folder of plans the user
 * works in, at the plan's as-of month. It reads the folder when it opens and when Refresh is pressed.
 */
public final class ExportGrowthView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "podium.sample.reports.views.exportGrowth"; //$NON-NLS-1$

    private Label heading;
    private Table table;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        heading = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.View_refresh) {
            @Override
            public void run() {
                refresh();
            }
        });
        refresh();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    /** Reads the folder of plans again in the background and shows its growth table. */
    public void refresh() {
        Optional<Path> folder = PlanFolders.locate(getSite().getPage()).map(PlanFolders.Located::folder);
        if (folder.isEmpty()) {
            show(Messages.View_noFolder, null);
            return;
        }
        heading.setText(NLS.bind(Messages.View_reading, folder.get()));
        Job job = Job.create(Messages.View_job, monitor -> {
            Object outcome;
            try {
                outcome = produce(folder.get());
            } catch (ReportException e) {
                outcome = e.getMessage();
            }
            Object shown = outcome;
            table.getDisplay().asyncExec(() -> {
                if (!table.isDisposed()) {
                    show(folder.get().toString(), shown);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** The sample's report on {@code folder}, run as the reports window does with its default parameters. */
    private static ReportData produce(Path folder) throws ReportException {
        WorkspaceModel workspace = WorkspaceModel.load(folder);
        ModelIndex model = ModelIndex.of(workspace.resourceSet());
        ReportInput input = new ReportInput(model, workspace.folder(), workspace.problems(), workspace::locate);
        ReportParameters defaults = new ReportParameters(Parameters.defaultMonth(model), null, null, List.of(), null, Map.of());
        return new ExportGrowthReport().produce(input, defaults);
    }

    /** Shows a heading and the report's growth table, or a message in the table's place. */
    private void show(String title, Object outcome) {
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        if (!(outcome instanceof ReportData data)) {
            heading.setText(outcome == null ? title : title + "\n" + outcome); //$NON-NLS-1$
            heading.getParent().layout(true);
            return;
        }
        heading.setText(data.title());
        Formats formats = Formats.current();
        data.tables().stream().findFirst().ifPresent(growth -> {
            // figures right-aligned, as in the reports window and a spreadsheet
            growth.columns().forEach(c -> new TableColumn(table, c.type() == Column.Type.TEXT ? SWT.LEFT : SWT.RIGHT)
                    .setText(c.header()));
            growth.rows().forEach(row -> new TableItem(table, SWT.NONE)
                    .setText(row.cells().stream().map(formats::cell).toArray(String[]::new)));
        });
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        heading.getParent().layout(true);
    }
}
