/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import podium.reports.ContributionException;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOutcome;
import podium.reports.api.ReportData;
import podium.reports.ui.PresentationContext;
import podium.reports.ui.ReportPresentation;
import podium.reports.ui.internal.generic.GenericPresentation;

/**
 * One report's place in the window: its data in its presentation (its own, or the generic one), or
 * the error that kept it from being shown. A failing report or presentation fails here only.
 */
public final class ReportPage {

    private final ReportDescriptor report;
    private final Composite root;
    private Control content;
    private ReportRuns.Result result;
    private ReportPresentation presentation;
    private String error;

    ReportPage(Composite book, ReportDescriptor report) {
        this.report = report;
        this.root = new Composite(book, SWT.NONE);
        root.setLayout(new FillLayout());
        replace(placeholder(Messages.ReportPage_running));
    }

    /** Shows what a run gave, replacing what was shown. */
    void show(ReportRuns.Result shown, PresentationContext context) {
        result = shown;
        presentation = null;
        error = null;
        if (shown.outcome() instanceof ReportOutcome.Failed failed) {
            showError(failed.pluginFault() ? NLS.bind(Messages.ReportPage_pluginFailed, report.contributor().label())
                    : Messages.ReportPage_refused, failed.message(), failed.pluginFault());
            return;
        }
        ReportData data = ((ReportOutcome.Produced) shown.outcome()).data();
        try {
            presentation = report.hasPresentation() ? report.createPresentation(ReportPresentation.class)
                    : new GenericPresentation();
            Control created = presentation.createControl(root, data, context);
            replace(created);
        } catch (ContributionException e) {
            presentation = null;
            showError(NLS.bind(Messages.ReportPage_pluginFailed, report.contributor().label()), e.getMessage(), true);
        } catch (RuntimeException | LinkageError e) {
            presentation = null;
            String message = NLS.bind(Messages.ReportPage_presentationFailed,
                    new Object[] {report.label(), report.contributor().label(), describe(e)});
            ILog.of(getClass()).log(new Status(IStatus.ERROR, report.contributor().id(), message, e));
            showError(NLS.bind(Messages.ReportPage_pluginFailed, report.contributor().label()), message, true);
        }
    }

    private void showError(String title, String message, boolean pluginFault) {
        error = message;
        replace(new ErrorPanel(root, title, message, pluginFault));
    }

    private Control placeholder(String text) {
        Composite page = new Composite(root, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).applyTo(page);
        Label label = new Label(page, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        return page;
    }

    /** A note in place of the content, e.g. that no workspace is open; only while nothing was shown. */
    void showNote(String text) {
        if (result == null) {
            error = null;
            replace(placeholder(text));
        }
    }

    private void replace(Control control) {
        // the new content may have been created before the old one is gone: leave only it
        for (Control child : root.getChildren()) {
            if (child != control) {
                child.dispose();
            }
        }
        content = control;
        root.layout(true, true);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message.strip(); //$NON-NLS-1$
    }

    Composite control() {
        return root;
    }

    void dispose() {
        root.dispose();
    }

    public ReportDescriptor report() {
        return report;
    }

    /** The last run's result; null before the first. */
    public ReportRuns.Result result() {
        return result;
    }

    /** The data shown, if the last run produced some and it is shown. */
    public ReportData data() {
        return result != null && error == null && result.outcome() instanceof ReportOutcome.Produced produced
                ? produced.data() : null;
    }

    /** The message of the error shown in the report's place; null when there is none. */
    public String error() {
        return error;
    }

    /** The presentation showing the data (the generic one unless the report brings its own); null when none. */
    public ReportPresentation presentation() {
        return presentation;
    }

    /** The control shown in the report's place. */
    public Control content() {
        return content;
    }
}
