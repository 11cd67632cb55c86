/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.preference.PreferenceDialog;
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
        return dialog;
    }
}
