/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import podium.reports.ReportDescriptor;

/** The reports to pick from, grouped by category, each with its icon and its name in the user's language. */
final class ReportList {

    /** A category and its reports, in the order the registry lists them. */
    record Category(String name, List<ReportDescriptor> reports) {
    }

    private final TreeViewer viewer;
    private final LocalResourceManager images;
    private List<Category> categories = List.of();

    ReportList(Composite parent, Consumer<ReportDescriptor> selected, Consumer<ReportDescriptor> run) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        images = new LocalResourceManager(JFaceResources.getResources(), viewer.getControl());
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addSelectionChangedListener(e -> selectedReport().ifPresent(selected));
        viewer.addOpenListener(e -> selectedReport().ifPresent(run));
    }

    /** Lists {@code reports}, keeping the selection when the selected report is still there. */
    void setReports(List<ReportDescriptor> reports) {
        Map<String, List<ReportDescriptor>> byCategory = new LinkedHashMap<>();
        for (ReportDescriptor report : reports) {
            String category = report.category() == null ? Messages.ReportList_otherCategory : report.category();
            byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(report);
        }
        categories = byCategory.entrySet().stream().map(e -> new Category(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        viewer.setInput(categories);
        viewer.expandAll();
    }

    Optional<ReportDescriptor> selectedReport() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return selected instanceof ReportDescriptor report ? Optional.of(report) : Optional.empty();
    }

    void select(ReportDescriptor report) {
        viewer.setSelection(new StructuredSelection(report), true);
    }

    /** The reports in the order listed. */
    List<ReportDescriptor> reports() {
        return categories.stream().flatMap(c -> c.reports().stream()).toList();
    }

    TreeViewer viewer() {
        return viewer;
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Category category ? category.reports().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Category;
        }
    }

    private final class Labels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            return element instanceof Category category ? category.name() : ((ReportDescriptor) element).label();
        }

        @Override
        public Image getImage(Object element) {
            ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
            if (element instanceof Category) {
                return shared.getImage(ISharedImages.IMG_OBJ_FOLDER);
            }
            return ((ReportDescriptor) element).icon().map(url -> images.create(ImageDescriptor.createFromURL(url)))
                    .orElseGet(() -> shared.getImage(ISharedImages.IMG_OBJ_FILE));
        }

        @Override
        public String getToolTipText(Object element) {
            return element instanceof ReportDescriptor report ? report.id() + " \u2014 " + report.contributor().label() //$NON-NLS-1$
                    : null;
        }
    }
}
