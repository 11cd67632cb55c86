/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import podium.lang.tools.WorkspaceModel;
import podium.lang.ui.PlanFolders;
import podium.model.Plan;
import podium.model.query.ModelIndex;
import podium.ui.ToolWindows;

/**
 * The status bar's plan item: which plan the workbench is on (the folder the reports window and Search
 * Everywhere use), its as-of date and how many errors and warnings it has — "2004年全市利用外资和出口工作 ·
 * 截至 2004-08-31 · 错误 0 · 警告 1". A click shows the Problems window. The plan is read in the
 * background when the folder or its files change; the counts come from the problem markers.
 */
public final class PlanStatusItem extends WorkbenchWindowControlContribution {

    private static final int DELAY_MILLIS = 300;
    private static final String WIDTH_SAMPLE = "2026年全市利用外资和出口工作计划 · 截至 2026-12-31 · 错误 000 · 警告 000"; //$NON-NLS-1$

    private CLabel label;
    private Path folder;
    private String planText;
    private Job reading;
    private final Runnable refresh = this::refresh;
    private final IResourceChangeListener changes = event -> later(event.getType() == IResourceChangeEvent.POST_CHANGE
            && touchesPlans(event));
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            later(false);
        }
    };
    private final ISelectionListener selections = (part, selection) -> later(false);

    @Override
    protected Control createControl(Composite parent) {
        label = new CLabel(parent, SWT.SHADOW_NONE) {
            // the status bar keeps the width it first asked for: ask for room for a plan title, its date
            // and the counts (about 40 Chinese characters); a longer text ends in "…"
            @Override
            public Point computeSize(int wHint, int hHint, boolean changed) {
                Point size = super.computeSize(wHint, hHint, changed);
                GC gc = new GC(this);
                try {
                    size.x = Math.max(size.x, gc.textExtent(WIDTH_SAMPLE).x + 16);
                } finally {
                    gc.dispose();
                }
                return size;
            }
        };
        label.setText(Messages.PlanStatus_none);
        label.setToolTipText(Messages.PlanStatus_tooltip);
        label.addListener(SWT.MouseUp, e -> showProblems());
        IWorkbenchWindow window = getWorkbenchWindow();
        window.getPartService().addPartListener(parts);
        window.getSelectionService().addPostSelectionListener(selections);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
        label.addDisposeListener(e -> {
            window.getPartService().removePartListener(parts);
            window.getSelectionService().removePostSelectionListener(selections);
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(changes);
        });
        later(true);
        return label;
    }

    /** Updates after a short pause (a save touches many resources at once); {@code reread} reads the plan again. */
    private void later(boolean reread) {
        Display display = label == null || label.isDisposed() ? null : label.getDisplay();
        if (display == null) {
            return;
        }
        display.asyncExec(() -> {
            if (reread) {
                planText = null;
            }
            if (!label.isDisposed()) {
                display.timerExec(DELAY_MILLIS, refresh);
            }
        });
    }

    private void refresh() {
        if (label == null || label.isDisposed()) {
            return;
        }
        IWorkbenchPage page = getWorkbenchWindow().getActivePage();
        Path now = page == null ? null : PlanFolders.locate(page).map(PlanFolders.Located::folder).orElse(null);
        if (!Objects.equals(now, folder)) {
            folder = now;
            planText = null;
        }
        if (folder == null) {
            show(Messages.PlanStatus_none);
            return;
        }
        if (planText == null) {
            read(folder);
        }
        int[] counts = problems(folder);
        show(NLS.bind(Messages.PlanStatus_text, new Object[] {planText == null ? folder.getFileName() : planText,
                counts[0], counts[1]}));
    }

    private void show(String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
            label.requestLayout();
        }
    }

    private void read(Path toRead) {
        if (reading != null) {
            reading.cancel();
        }
        reading = Job.create(Messages.PlanStatus_reading, (IProgressMonitor monitor) -> {
            Optional<Plan> plan = ModelIndex.of(WorkspaceModel.load(toRead).resourceSet()).plan();
            String text = plan.map(p -> p.getAsOf() == null ? title(p) : NLS.bind(Messages.PlanStatus_plan, title(p), p.getAsOf()))
                    .orElse(NLS.bind(Messages.PlanStatus_noPlan, toRead.getFileName()));
            Display display = label.isDisposed() ? null : label.getDisplay();
            if (display != null && !monitor.isCanceled()) {
                display.asyncExec(() -> {
                    if (toRead.equals(folder)) {
                        planText = text;
                        refresh();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        reading.setSystem(true);
        reading.schedule();
    }

    private static String title(Plan plan) {
        return plan.getTitle() == null || plan.getTitle().isBlank() ? plan.getName() : plan.getTitle();
    }

    /** Errors and warnings of the plan files in {@code folder}, from the problem markers. */
    private static int[] problems(Path folder) {
        int[] counts = new int[2];
        for (IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(folder.toUri())) {
            try {
                for (IMarker marker : container.findMarkers(MarkerUpdater.MARKER_TYPE, true, IResource.DEPTH_INFINITE)) {
                    int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                    if (severity == IMarker.SEVERITY_ERROR) {
                        counts[0]++;
                    } else if (severity == IMarker.SEVERITY_WARNING) {
                        counts[1]++;
                    }
                }
            } catch (CoreException e) {
                // a closed or vanished folder has no problems to count
            }
            if (counts[0] + counts[1] > 0) {
                break; // one folder may be linked twice; count it once
            }
        }
        return counts;
    }

    private static boolean touchesPlans(IResourceChangeEvent event) {
        boolean[] plans = {false};
        try {
            if (event.getDelta() != null) {
                event.getDelta().accept(delta -> {
                    if (delta.getResource().getType() == IResource.FILE && "podium".equals(delta.getResource().getFileExtension()) //$NON-NLS-1$
                            && (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & ~IResourceDelta.MARKERS) != 0)) {
                        plans[0] = true;
                    }
                    return !plans[0];
                });
            }
        } catch (CoreException e) {
            return true;
        }
        return plans[0];
    }

    private void showProblems() {
        IWorkbenchPage page = getWorkbenchWindow().getActivePage();
        if (page != null) {
            try {
                page.showView(ToolWindows.PROBLEMS);
            } catch (PartInitException e) {
                // the Problems window is part of the product; nothing to show otherwise
            }
        }
    }


    @Override
    public void dispose() {
        if (reading != null) {
            reading.cancel();
        }
        super.dispose();
    }

    @Override
    public boolean isDynamic() {
        return false;
    }
}
