/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * File ▸ Settings (Ctrl+Alt+S): the platform's preference dialog, which already filters its pages by
 * name and by the keywords each page declares (org.eclipse.ui.keywords), titled as Podium calls it.
 * The optional parameter {@value #PAGE} opens a given page.
 */
public final class SettingsHandler extends AbstractHandler {
    public static final String COMMAND = "podium.ui.commands.settings"; //$NON-NLS-1$
    public static final String PAGE = "podium.ui.settings.page"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        open(shell, event.getParameter(PAGE));
        return null;
    }

    /** Opens the dialog on a page (null: the last one shown); returns when it is closed. */
    public static int open(Shell shell, String pageId) {
        PreferenceDialog dialog = create(shell, pageId);
        return dialog.open();
    }

    /** The dialog, created but not open yet. */
    public static PreferenceDialog create(Shell shell, String pageId) {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, pageId, null, null);
        dialog.getShell().setText(Messages.Settings_title);
        fitPage(dialog.getShell());
        return dialog;
    }

    /**
     * Grows the dialog to show the page it opens on whole. The dialog keeps its size between openings
     * and grows only when the user changes pages, so opened directly on a page larger than the last
     * one shown (Keymap after Appearance) it cut the page off; never beyond the screen.
     */
    private static void fitPage(Shell shell) {
        Point size = shell.getSize();
        Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        Rectangle screen = shell.getMonitor().getClientArea();
        int width = Math.min(Math.max(size.x, wanted.x), screen.width);
        int height = Math.min(Math.max(size.y, wanted.y), screen.height);
        if (width != size.x || height != size.y) {
            Point at = shell.getLocation();
            shell.setBounds(Math.max(screen.x, Math.min(at.x, screen.x + screen.width - width)),
                    Math.max(screen.y, Math.min(at.y, screen.y + screen.height - height)), width, height);
        }
    }
}
