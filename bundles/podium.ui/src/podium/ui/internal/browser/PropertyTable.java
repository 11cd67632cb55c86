/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.browser;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import podium.ui.internal.Messages;

/** The two-column property table of the model browser. */
final class PropertyTable {
    private final TableViewer viewer;
    private List<PropertyRow> rows = List.of();

    PropertyTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.ModelBrowserEditor_columnProperty, 180, PropertyRow::name);
        column(Messages.ModelBrowserEditor_columnValue, 320, PropertyRow::value);
        viewer.setInput(rows);
    }

    private void column(String title, int width, Function<PropertyRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((PropertyRow) element);
            }
        });
    }

    void show(List<PropertyRow> newRows) {
        rows = List.copyOf(newRows);
        viewer.setInput(rows);
    }

    List<PropertyRow> rows() {
        return rows;
    }
}
