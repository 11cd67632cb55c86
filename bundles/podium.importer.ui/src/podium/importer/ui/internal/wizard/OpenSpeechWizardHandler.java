/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.wizard;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import podium.ui.internal.dialogs.PodiumWizardDialog;

/**
 * File ▸ Import ▸ Speech text: opens the import wizard directly, under the menu's own label and
 * mnemonic (the platform's parameterised import command would show the wizard's name without one).
 */
public final class OpenSpeechWizardHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        SpeechImportWizard wizard = new SpeechImportWizard();
        wizard.init(PlatformUI.getWorkbench(), HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s
                : StructuredSelection.EMPTY);
        new PodiumWizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
