/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import podium.reports.api.ReportData;

/**
 * The SWT presentation a report may bring for the 报表 tool window, named by the {@code presentation}
 * attribute of its {@code podium.reports.reports} extension; without one the generic presentation shows
 * the report's blocks (tables, charts, text). See docs/reports-window.md.
 * <p>
 * The window creates a new instance (public no-argument constructor) each time it shows the report's
 * data and calls {@link #createControl} on the UI thread; the control is disposed when the data is
 * replaced or the window closes, so a presentation frees what it allocates with a dispose listener on
 * its control. A presentation that throws is shown as an error naming its plugin, in the report's place.
 *
 * @since 1.0
 */
public interface ReportPresentation {

    /**
     * Creates the control that shows {@code data}; the window lays it out to fill its place.
     *
     * @param parent  the report's place in the window (its layout is set by the window: do not change it)
     * @param data    what the report's producer returned for the current parameters
     * @param context what the window offers the presentation: opening elements, formats, problems
     * @return the control, a direct child of {@code parent}
     */
    Control createControl(Composite parent, ReportData data, PresentationContext context);
}
