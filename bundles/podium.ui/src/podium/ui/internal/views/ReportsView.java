/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;

import podium.ui.internal.Messages;

/**
 * The 报表 tool window. Report views contributed through the report extension point (a later
 * issue) become pages of its page book; until one is there it shows the empty state.
 */
public final class ReportsView extends ViewPart {
    private PageBook book;
    private Control emptyState;

    @Override
    public void createPartControl(Composite parent) {
        book = new PageBook(parent, SWT.NONE);
        emptyState = createEmptyState(book);
        book.showPage(emptyState);
    }

    private static Control createEmptyState(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout());
        Label label = new Label(page, SWT.CENTER | SWT.WRAP);
        label.setText(Messages.ReportsView_empty);
        label.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
        return page;
    }

    /** Whether the empty state is what the user sees, i.e. no report is shown. */
    public boolean isShowingEmptyState() {
        return emptyState != null && emptyState.isVisible();
    }

    @Override
    public void setFocus() {
        book.setFocus();
    }
}
