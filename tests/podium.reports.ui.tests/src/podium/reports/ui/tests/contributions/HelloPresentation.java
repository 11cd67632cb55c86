/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests.contributions;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import podium.reports.api.ReportData;
import podium.reports.ui.PresentationContext;
import podium.reports.ui.ReportPresentation;

/** A presentation of its own: a label counting the rows of the report's first table. */
public final class HelloPresentation implements ReportPresentation {

    /** The text the label starts with. */
    public static final String PREFIX = "自带展示：";

    @Override
    public Control createControl(Composite parent, ReportData data, PresentationContext context) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(PREFIX + data.tables().get(0).rows().size());
        return label;
    }
}
