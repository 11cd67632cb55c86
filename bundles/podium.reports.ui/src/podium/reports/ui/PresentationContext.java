/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui;

import org.eclipse.emf.common.util.URI;

import podium.reports.api.format.Formats;

/**
 * What the 报表 tool window offers a {@link ReportPresentation}. Implemented by the window; presentations
 * only call it, on the UI thread.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 1.0
 */
public interface PresentationContext {

    /** How values are written in the user's language: the one place that formats report values. */
    Formats formats();

    /**
     * Opens the element a row stands for ({@link podium.reports.api.Row#element()}) in its editor and
     * selects it: a plan file's text in the plan editor, an XMI model's object in the model browser.
     * Does nothing for null; an element that no longer exists is reported to the user, never thrown.
     */
    void open(URI element);

    /**
     * Shows the user a problem of the presentation (one line, in the user's language) in the window's
     * message line, and logs it under the presentation's plugin.
     */
    void reportProblem(String message);
}
