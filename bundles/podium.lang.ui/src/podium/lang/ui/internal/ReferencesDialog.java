/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.Location;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import podium.core.text.Counts;
import podium.xtext.jface.Locations;
import podium.xtext.jface.Uris;

/** Lists the references found in the workspace as {@code file:line: text}; choosing one opens it. */
final class ReferencesDialog {
    private ReferencesDialog() {
    }

    static void show(Shell shell, List<Location> references) {
        if (references.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.ReferencesDialog_title, Messages.ReferencesDialog_none);
            return;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label((Location) element);
            }
        });
        dialog.setTitle(Messages.ReferencesDialog_title);
        dialog.setMessage(Counts.format(Messages.ReferencesDialog_count, references.size()));
        dialog.setElements(references.toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Location location) {
            Locations.open(location);
        }
    }

    static String label(Location location) {
        int line = location.getRange().getStart().getLine();
        String text = "";
        try {
            List<String> lines = Files.readAllLines(Uris.toPath(location.getUri()), StandardCharsets.UTF_8);
            text = line < lines.size() ? lines.get(line).strip() : "";
        } catch (IOException e) {
            // The label stays without the line's text.
        }
        return Uris.toPath(location.getUri()).getFileName() + ":" + (line + 1) + ": " + text;
    }
}
