/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.targets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import podium.core.Problem;
import podium.importer.FigureRole;
import podium.importer.TargetProposal;
import podium.importer.model.PlanTargets.Placement;
import podium.importer.ui.internal.Messages;
import podium.importer.ui.internal.review.Labels;
import podium.ui.internal.dialogs.UnsavedChanges;
import podium.core.text.Counts;

/**
 * Review of the targets a speech proposes (the importer's proposals, placed in the plan as the command
 * line places them): the user picks the plan file and accepts or rejects each proposal; the accepted
 * ones are written into the plan in the background, after a backup.
 */
public final class TargetReviewDialog extends TitleAreaDialog {

    /** Job family of plan loading and writing, so tests can wait for it. */
    public static final Object FAMILY = TargetReviewDialog.class;

    private final IProject project;
    private final List<TargetProposal> proposals;
    private final List<IFile> planFiles = new ArrayList<>();
    private Combo planChoice;
    private CheckboxTableViewer table;
    private volatile PlanReview plan;
    private Job lastJob;

    public TargetReviewDialog(Shell shell, IProject project, List<TargetProposal> proposals) {
        super(shell);
        this.project = project;
        this.proposals = proposals;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText(Messages.TargetReviewDialog_title);
        setTitle(Messages.TargetReviewDialog_title);
        setMessage(Messages.TargetReviewDialog_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.TargetReviewDialog_plan);
        planChoice = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(planChoice);
        createTable(body);
        fillPlans();
        planChoice.addListener(SWT.Selection, e -> loadPlan());
        return area;
    }

    private void createTable(Composite body) {
        table = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 220).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.TargetReviewDialog_indicator, 160, TargetProposal::indicator);
        column(Messages.TargetReviewDialog_planIndicator, 140, this::planIndicator);
        column(Messages.TargetReviewDialog_guarantee, 110, p -> amount(p, p.guarantee(), p.unit()));
        column(Messages.TargetReviewDialog_strive, 110, p -> amount(p, p.strive(), p.striveUnit()));
        column(Messages.TargetReviewDialog_outcome, 130, this::outcomeLabel);
        column(Messages.TargetReviewDialog_line, 50, p -> String.valueOf(p.line()));
        table.setInput(proposals);
        table.addCheckStateListener(e -> {
            if (e.getChecked() && !writable((TargetProposal) e.getElement())) {
                table.setChecked(e.getElement(), false);
            }
            updateOk();
        });
    }

    private void column(String title, int width, java.util.function.Function<TargetProposal, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Labels.cell(text.apply((TargetProposal) element));
            }
        });
    }

    private static String amount(TargetProposal proposal, java.math.BigDecimal value, String unit) {
        if (value == null) {
            return null;
        }
        String amount = value.toPlainString() + (unit == null ? "" : " " + unit); //-NLS-1$ //-NLS-2$
        return proposal.growth() ? Labels.of(FigureRole.GROWTH) + " " + amount : amount; //-NLS-1$
    }

    private String planIndicator(TargetProposal proposal) {
        Placement placement = placementOf(proposal);
        return placement == null || placement.indicator() == null ? null : placement.indicator().getName();
    }

    private String outcomeLabel(TargetProposal proposal) {
        if (plan == null) {
            return Messages.TargetReviewDialog_loading;
        }
        Placement placement = placementOf(proposal);
        return placement == null ? null : switch (placement.status()) {
            case NEW -> Messages.TargetReviewDialog_add;
            case DIFFERENT -> Messages.TargetReviewDialog_replace;
            case SAME -> Messages.TargetReviewDialog_same;
            case WEAKER -> Messages.TargetReviewDialog_weaker;
            case UNKNOWN_INDICATOR -> Messages.TargetReviewDialog_noIndicator;
            case UNKNOWN_ORGANISATION -> Messages.TargetReviewDialog_noOrganisation;
            case INCOMPATIBLE_UNIT -> Messages.TargetReviewDialog_incompatibleUnit;
            case INCOMPLETE_PLAN -> Messages.TargetReviewDialog_noPlan;
        };
    }

    private Placement placementOf(TargetProposal proposal) {
        PlanReview loaded = plan;
        return loaded == null ? null : loaded.placement(proposal);
    }

    private boolean writable(TargetProposal proposal) {
        PlanReview loaded = plan;
        return loaded != null && loaded.writable(proposal);
    }

    private void fillPlans() {
        try {
            project.accept(resource -> {
                if (resource instanceof IFile file && "podium".equals(file.getFileExtension())) { //-NLS-1$
                    planFiles.add(file);
                }
                return true;
            });
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
        planFiles.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
        planFiles.forEach(f -> planChoice.add(f.getProjectRelativePath().toString()));
        if (planFiles.isEmpty()) {
            setErrorMessage(Messages.TargetReviewDialog_noPlans);
            return;
        }
        int preferred = 0;
        for (int i = 0; i < planFiles.size(); i++) {
            if (planFiles.get(i).getName().startsWith("plan")) { //-NLS-1$
                preferred = i;
                break;
            }
        }
        planChoice.select(preferred);
        loadPlan();
    }

    /** Loads the chosen plan in the background; proposals that would change it are then accepted by default. */
    private void loadPlan() {
        plan = null;
        table.refresh();
        updateOk();
        IFile file = selectedPlan();
        Path path = file.getLocation().toFile().toPath();
        Job job = Job.create(NLS.bind(Messages.TargetReviewDialog_loadingJob, file.getName()), monitor -> {
            PlanReview loaded = PlanReview.load(path, proposals);
            getShell().getDisplay().asyncExec(() -> showPlan(file, loaded));
            return Status.OK_STATUS;
        });
        schedule(job);
    }

    private void showPlan(IFile file, PlanReview loaded) {
        if (getShell() == null || getShell().isDisposed() || !file.equals(selectedPlan())) {
            return;
        }
        plan = loaded;
        List<Problem> errors = loaded.errors();
        setErrorMessage(errors.isEmpty() ? null : NLS.bind(Messages.TargetReviewDialog_planErrors, errors.get(0).format()));
        table.refresh();
        table.setCheckedElements(errors.isEmpty() ? proposals.stream().filter(this::writable).toArray() : new Object[0]);
        updateOk();
    }

    private IFile selectedPlan() {
        int index = planChoice.getSelectionIndex();
        return index < 0 ? null : planFiles.get(index);
    }

    private void updateOk() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(plan != null && plan.errors().isEmpty() && table.getCheckedElements().length > 0);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.TargetReviewDialog_write, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.TargetReviewDialog_cancel, false);
        updateOk();
    }

    @Override
    protected void okPressed() {
        List<TargetProposal> accepted = accepted();
        IFile file = selectedPlan();
        Optional<String> unsaved = UnsavedChanges.saveBeforeRewriting(file.getParent());
        if (unsaved.isPresent()) {
            setErrorMessage(unsaved.get());
            return;
        }
        Shell parentShell = getParentShell();
        Job job = Job.create(NLS.bind(Messages.TargetReviewDialog_writingJob, file.getName()), monitor -> {
            IStatus status = write(file, accepted);
            if (parentShell != null && !parentShell.isDisposed()) {
                parentShell.getDisplay().asyncExec(() -> report(parentShell, status));
            }
            return Status.OK_STATUS;
        });
        job.setRule(file);
        schedule(job);
        super.okPressed();
    }

    /** Writes {@code accepted} into {@code file}: loaded afresh, refused when it has errors, saved with a backup. */
    public static IStatus write(IFile file, List<TargetProposal> accepted) {
        Path path = file.getLocation().toFile().toPath();
        PlanReview fresh = PlanReview.load(path, accepted);
        if (!fresh.errors().isEmpty()) {
            return Status.error(NLS.bind(Messages.TargetReviewDialog_planErrors, fresh.errors().get(0).format()));
        }
        try {
            PlanReview.Written written = fresh.write(path);
            file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            return Status.info(Counts.format(Messages.TargetReviewDialog_written, written.targets(), file.getName(),
                    written.kept() == null ? "" : written.kept().getFileName().toString())); //$NON-NLS-1$
        } catch (java.io.IOException | CoreException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.TargetReviewDialog_writeFailed, file.getName(), e.getMessage()), e);
        }
    }

    private static void report(Shell shell, IStatus status) {
        if (status.getSeverity() == IStatus.ERROR) {
            MessageDialog.openError(shell, Messages.TargetReviewDialog_title, status.getMessage());
        } else {
            MessageDialog.openInformation(shell, Messages.TargetReviewDialog_title, status.getMessage());
        }
    }

    private void schedule(Job job) {
        lastJob = job;
        job.setSystem(false);
        job.schedule();
    }

    /** The proposals currently accepted. */
    public List<TargetProposal> accepted() {
        return java.util.Arrays.stream(table.getCheckedElements()).map(TargetProposal.class::cast).toList();
    }

    /** The table, for tests. */
    public CheckboxTableViewer table() {
        return table;
    }

    /** The plan as loaded, or null while loading, for tests. */
    public PlanReview plan() {
        return plan;
    }

    /** The last background job the dialog started, for tests. */
    public Job lastJob() {
        return lastJob;
    }
}
