/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import podium.ui.internal.Messages;

/** The import wizards' dialog labels its buttons from Podium's messages, not JFace's English ones. */
class PodiumWizardDialogTest {

    private static final String[] LABELS = { "后退 <", "前进 >", "做完", "算了" };

    private Dialog dialog;
    private String[] saved;

    /** Exposes the buttons, which JFace keeps protected. */
    private static final class Dialog extends PodiumWizardDialog {
        Dialog(Wizard wizard) {
            super(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            setBlockOnOpen(false);
        }

        String label(int id) {
            return getButton(id).getText();
        }
    }

    /** A wizard of two empty pages, so that Back and Next are both there. */
    private static final class TwoPages extends Wizard {
        @Override
        public void addPages() {
            addPage(new EmptyPage("first"));
            addPage(new EmptyPage("second"));
        }

        @Override
        public boolean performFinish() {
            return true;
        }
    }

    private static final class EmptyPage extends WizardPage {
        EmptyPage(String name) {
            super(name);
        }

        @Override
        public void createControl(Composite parent) {
            setControl(new Composite(parent, SWT.NONE));
        }
    }

    @BeforeEach
    void useLabelsJFaceDoesNotHave() {
        // JFace's English labels equal Podium's English ones: distinct labels show which ones the dialog uses
        saved = new String[] { Messages.PodiumWizardDialog_back, Messages.PodiumWizardDialog_next,
                Messages.PodiumWizardDialog_finish, Messages.PodiumWizardDialog_cancel };
        setLabels(LABELS);
    }

    @AfterEach
    void tearDown() {
        setLabels(saved);
        if (dialog != null) {
            dialog.close();
        }
    }

    private static void setLabels(String[] labels) {
        Messages.PodiumWizardDialog_back = labels[0];
        Messages.PodiumWizardDialog_next = labels[1];
        Messages.PodiumWizardDialog_finish = labels[2];
        Messages.PodiumWizardDialog_cancel = labels[3];
    }

    @Test
    void everyButtonTakesItsLabelFromPodiumsMessages() {
        dialog = new Dialog(new TwoPages());
        dialog.open();
        assertThat(dialog.label(IDialogConstants.BACK_ID)).isEqualTo(LABELS[0]);
        assertThat(dialog.label(IDialogConstants.NEXT_ID)).isEqualTo(LABELS[1]);
        assertThat(dialog.label(IDialogConstants.FINISH_ID)).isEqualTo(LABELS[2]);
        assertThat(dialog.label(IDialogConstants.CANCEL_ID)).isEqualTo(LABELS[3]);
    }
}
