/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.tests;

import org.eclipse.swt.widgets.Shell;

import podium.importer.ui.internal.wizard.SpeechImportWizard;
import podium.ui.internal.dialogs.PodiumWizardDialog;

/** The speech import wizard's dialog, open without blocking and with Finish pressable from a test, as a user presses it. */
final class SpeechImportDialog extends PodiumWizardDialog {
    SpeechImportDialog(Shell shell, SpeechImportWizard wizard) {
        super(shell, wizard);
        setBlockOnOpen(false);
    }

    void finish() {
        finishPressed();
    }
}
