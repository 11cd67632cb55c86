/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import podium.ui.internal.Messages;

/** A wizard dialog whose buttons speak the user's language (JFace's own labels are English only here). */
public class PodiumWizardDialog extends WizardDialog {

    public PodiumWizardDialog(Shell shell, IWizard wizard) {
        super(shell, wizard);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        relabel(IDialogConstants.BACK_ID, Messages.PodiumWizardDialog_back);
        relabel(IDialogConstants.NEXT_ID, Messages.PodiumWizardDialog_next);
        relabel(IDialogConstants.FINISH_ID, Messages.PodiumWizardDialog_finish);
        relabel(IDialogConstants.CANCEL_ID, Messages.PodiumWizardDialog_cancel);
    }

    private void relabel(int id, String label) {
        Button button = getButton(id);
        if (button != null) {
            button.setText(label);
        }
    }
}
