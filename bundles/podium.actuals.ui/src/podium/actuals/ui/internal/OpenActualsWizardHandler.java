/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import podium.ui.internal.dialogs.PodiumWizardDialog;

/**
 * File ▸ Import ▸ Monthly actuals: opens the import wizard directly, under the menu's own label and
 * mnemonic (the platform's parameterised import command would show the wizard's name without one).
 */
public final class OpenActualsWizardHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ActualsImportWizard wizard = new ActualsImportWizard();
        wizard.init(PlatformUI.getWorkbench(), HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s
                : StructuredSelection.EMPTY);
        new PodiumWizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
