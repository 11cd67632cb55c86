/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.wizard;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

import podium.importer.ui.internal.Destinations;
import podium.importer.ui.internal.Messages;
import podium.ui.internal.dialogs.BrowseRow;

/** The text file to import and the folder it is imported into, shown as the user knows it. */
public final class SpeechSourcePage extends WizardPage {

    private final IContainer suggestedDestination;
    private Text sourceText;
    private Text destinationText;

    SpeechSourcePage(IContainer suggestedDestination) {
        super("source"); //-NLS-1$
        this.suggestedDestination = suggestedDestination;
        setTitle(Messages.SpeechSourcePage_title);
        setDescription(Messages.SpeechSourcePage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        sourceText = BrowseRow.add(body, Messages.SpeechSourcePage_source, Messages.SpeechSourcePage_browse,
                () -> BrowseRow.chooseFile(getShell(), new String[] { "*.txt;*.TXT", "*.*" }, //-NLS-1$ //-NLS-2$
                        new String[] { Messages.SpeechSourcePage_textFiles, Messages.SpeechSourcePage_allFiles }),
                this::validate);
        destinationText = BrowseRow.add(body, Messages.SpeechSourcePage_destination, Messages.SpeechSourcePage_browse,
                this::chooseDestination, this::validate);
        destinationText.setText(Destinations.shown(suggestedDestination));
        Label note = new Label(body, SWT.WRAP);
        note.setText(Messages.SpeechSourcePage_note);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(note);
        setControl(body);
        validate();
    }

    /** A folder chosen in the workspace, as the user knows it, or null. */
    private String chooseDestination() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), null, true,
                Messages.SpeechSourcePage_destinationPrompt);
        if (dialog.open() != ContainerSelectionDialog.OK || dialog.getResult().length == 0) {
            return null;
        }
        return Destinations.shown(Destinations.atWorkspacePath((IPath) dialog.getResult()[0]));
    }

    private void validate() {
        String message = null;
        if (sourceText.getText().isBlank()) {
            message = Messages.SpeechSourcePage_chooseSource;
        } else if (!Files.isRegularFile(source())) {
            message = Messages.SpeechSourcePage_noSuchFile;
        } else {
            message = destinationProblem();
        }
        setErrorMessage(sourceText.getText().isBlank() ? null : message);
        setPageComplete(message == null);
    }

    /** The chosen text file. */
    public Path source() {
        return Path.of(sourceText.getText().strip());
    }

    private String destinationProblem() {
        try {
            Destinations.resolve(destinationText.getText());
            return null;
        } catch (CoreException e) {
            return e.getStatus().getMessage();
        }
    }

    /** The chosen folder: the user's folder, not the bookkeeping of the project showing it. */
    public IContainer destination() throws CoreException {
        return Destinations.resolve(destinationText.getText());
    }

    /** The destination as the page shows it. */
    public String destinationText() {
        return destinationText.getText();
    }

    /** Sets the fields as a user would type them (tests). */
    public void fill(String source, String destination) {
        sourceText.setText(source);
        destinationText.setText(destination);
    }
}
