/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search.ui.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import podium.search.SearchProviders;

/**
 * Opens the Search Everywhere popup, on every category or on those the command's parameter lists
 * (Ctrl+N: the plans' elements; Ctrl+Shift+A: actions and settings; Ctrl+E: recent files).
 */
public final class SearchEverywhereHandler extends AbstractHandler {

    /** The command's parameter: category ids separated by commas; all categories when absent. */
    public static final String CATEGORIES = "podium.search.ui.categories"; //$NON-NLS-1$

    private static SearchPopup open;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        open(HandlerUtil.getActiveWorkbenchWindowChecked(event), categories(event.getParameter(CATEGORIES)));
        return null;
    }

    static Set<String> categories(String parameter) {
        return parameter == null ? Set.of()
                : Arrays.stream(parameter.split(",")).map(String::strip).filter(s -> !s.isEmpty()) //$NON-NLS-1$
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** Opens the popup over {@code window}; a popup already open is closed first (one at a time). */
    static void open(IWorkbenchWindow window, Set<String> only) {
        if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
            open.close();
        }
        Shell shell = window.getShell();
        open = new SearchPopup(shell, window.getActivePage(), WorkbenchSearchContext.of(window.getActivePage()),
                SearchProviders.getDefault().categories(), only);
        open.open();
    }
}
