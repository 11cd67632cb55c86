/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The preference page's tree of inspections: a check box per row, columns inspection, severity and plugin. */
final class InspectionTree {

    /** The text of an element in a column. */
    interface Labels {
        String text(Object element, int column);
    }

    private InspectionTree() {
    }

    static CheckboxTreeViewer create(Composite parent, ITreeContentProvider contents, ICheckStateProvider checks,
            Labels labels) {
        CheckboxTreeViewer viewer = new CheckboxTreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        String[] titles = {Messages.SeverityPreferencePage_columnInspection, Messages.SeverityPreferencePage_columnSeverity,
                Messages.SeverityPreferencePage_columnPlugin};
        int[] widths = {330, 70, 220};
        for (int i = 0; i < titles.length; i++) {
            int column = i;
            TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(titles[i]);
            c.getColumn().setWidth(widths[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return labels.text(element, column);
                }
            });
        }
        viewer.setContentProvider(contents);
        viewer.setCheckStateProvider(checks);
        viewer.setUseHashlookup(true);
        return viewer;
    }
}
