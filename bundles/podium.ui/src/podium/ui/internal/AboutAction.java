/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;

import podium.core.Podium;

/** Help ▸ About: the product's description and the version of Podium as built. */
final class AboutAction extends Action implements ActionFactory.IWorkbenchAction {
    private IWorkbenchWindow window;

    AboutAction(IWorkbenchWindow window) {
        super(Messages.AboutAction_label);
        this.window = window;
        setId(ActionFactory.ABOUT.getId());
        setActionDefinitionId(ActionFactory.ABOUT.getCommandId());
    }

    @Override
    public void run() {
        if (window != null) {
            MessageDialog.openInformation(window.getShell(), Messages.AboutAction_title, text());
        }
    }

    /** The dialog's text: name, version, then the product's about text if there is a product. */
    static String text() {
        String text = Podium.NAME + ' ' + NLS.bind(Messages.AboutAction_version, Podium.version());
        IProduct product = Platform.getProduct();
        String about = product == null ? null : product.getProperty("aboutText"); //$NON-NLS-1$
        return about == null ? text : text + "\n\n" + about; //$NON-NLS-1$
    }

    @Override
    public void dispose() {
        window = null;
    }
}
