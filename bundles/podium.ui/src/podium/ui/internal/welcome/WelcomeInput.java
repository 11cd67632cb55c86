/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.welcome;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import podium.ui.internal.Messages;

/** The welcome page's input: there is one page, so all inputs are equal. */
final class WelcomeInput implements IEditorInput {

    static final WelcomeInput INSTANCE = new WelcomeInput();

    private WelcomeInput() {
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return Messages.Welcome_tab;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.Welcome_tab;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
