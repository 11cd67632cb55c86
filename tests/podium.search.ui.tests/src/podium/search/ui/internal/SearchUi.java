/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The workbench parts the search tests drive: its window and page, and the search popup when one is open. */
final class SearchUi {

    private SearchUi() {
    }

    static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    static Optional<SearchPopup> popup() {
        return Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed())
                .map(s -> s.getData(SearchPopup.SHELL_KEY)).filter(SearchPopup.class::isInstance)
                .map(SearchPopup.class::cast).findFirst();
    }
}
