/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.dialogs;

import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A row of a three-column wizard page: a label, a text field, and a button that fills the field from a chooser. */
public final class BrowseRow {

    private BrowseRow() {
    }

    /**
     * Adds the row to {@code parent}. {@code choose} opens the chooser and returns the chosen text, or
     * null when the user cancelled; {@code changed} runs on every change of the field.
     */
    public static Text add(Composite parent, String label, String buttonLabel, Supplier<String> choose, Runnable changed) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addModifyListener(e -> changed.run());
        Button button = new Button(parent, SWT.PUSH);
        button.setText(buttonLabel);
        button.addListener(SWT.Selection, e -> {
            String chosen = choose.get();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }

    /** Asks for a file to open; its path, or null. {@code names} may be null (the patterns are shown). */
    public static String chooseFile(Shell shell, String[] patterns, String[] names) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(patterns);
        if (names != null) {
            dialog.setFilterNames(names);
        }
        return dialog.open();
    }
}
