/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.internal.keys.NewKeysPreferencePage;

/**
 * Settings ▸ Keymap: the platform's keys page, laid out to fit the Settings dialog as it first opens.
 *
 * <p>The platform asks for twelve rows of bindings; with the binding's details, the conflicts table
 * and the "show key binding" options below them the dialog opened 860 pixels high, all of a 900-pixel
 * screen, so a desktop's title bar and panel pushed its bottom off the screen. Six rows are asked for
 * here; the tree still takes every pixel the dialog has to spare (its layout grabs), so a taller
 * dialog shows more rows. The platform also gives the keymap chooser a fixed 150 pixels, which cut
 * 「Podium（IntelliJ 风格）」 short: combos get at least the width of their longest choice.
 */
public final class KeymapPage extends NewKeysPreferencePage {
    /** Rows of bindings the page asks room for. */
    static final int TREE_ROWS = 6;

    @Override
    protected Control createContents(Composite parent) {
        Control page = super.createContents(parent);
        if (page instanceof Composite composite) {
            fit(composite);
        }
        return page;
    }

    private static void fit(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Tree tree && tree.getLayoutData() instanceof GridData data && tree.getItemHeight() > 1) {
                data.heightHint = TREE_ROWS * tree.getItemHeight();
            } else if (child instanceof Combo combo && combo.getLayoutData() instanceof GridData data
                    && data.widthHint != SWT.DEFAULT) {
                data.widthHint = Math.max(data.widthHint, combo.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
            } else if (child instanceof Composite inner) {
                fit(inner);
            }
        }
    }
}
