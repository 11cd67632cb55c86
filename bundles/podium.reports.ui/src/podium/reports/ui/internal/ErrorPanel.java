/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Why a report shows nothing, in the report's own place: a title and the message (selectable, no stack trace). */
final class ErrorPanel extends Composite {

    private final Text message;

    ErrorPanel(Composite parent, String title, String text, boolean error) {
        super(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).applyTo(this);
        Label icon = new Label(this, SWT.NONE);
        icon.setImage(PlatformUI.getWorkbench().getSharedImages()
                .getImage(error ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK));
        Label heading = new Label(this, SWT.WRAP);
        heading.setText(title);
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        message = new Text(this, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        message.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(message);
    }

    /** The message as shown. */
    String message() {
        return message.getText();
    }
}
