/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.tests;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** A contributed view that breaks while creating its controls, as a buggy extension would. */
public final class FailingView extends ViewPart {

    @Override
    public void createPartControl(Composite parent) {
        throw new IllegalStateException("broken on purpose by podium.ui.tests");
    }

    @Override
    public void setFocus() {
        // never reached
    }
}
