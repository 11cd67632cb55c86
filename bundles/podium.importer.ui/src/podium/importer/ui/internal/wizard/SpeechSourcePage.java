/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.wizard;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

import podium.importer.ui.internal.Messages;
import podium.ui.internal.dialogs.BrowseRow;

/** The text file to import and the workspace folder it is imported into. */
public final class SpeechSourcePage extends WizardPage {

    private final IPath suggestedDestination;
    private Text sourceText;
    private Text destinationText;

    SpeechSourcePage(IPath suggestedDestination) {
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
        destinationText.setText(suggestedDestination.toString());
        Label note = new Label(body, SWT.WRAP);
        note.setText(Messages.SpeechSourcePage_note);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(note);
        setControl(body);
        validate();
    }

    /** A workspace folder, or null. */
    private String chooseDestination() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), null, true,
                Messages.SpeechSourcePage_destinationPrompt);
        return dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0
                ? dialog.getResult()[0].toString() : null;
    }

    private void validate() {
        String message = null;
        if (sourceText.getText().isBlank()) {
            message = Messages.SpeechSourcePage_chooseSource;
        } else if (!Files.isRegularFile(source())) {
            message = Messages.SpeechSourcePage_noSuchFile;
        } else if (!ResourcesPlugin.getWorkspace().validatePath(destination().toString(),
                org.eclipse.core.resources.IResource.FOLDER | org.eclipse.core.resources.IResource.PROJECT).isOK()) {
            message = Messages.SpeechSourcePage_badDestination;
        }
        setErrorMessage(sourceText.getText().isBlank() ? null : message);
        setPageComplete(message == null);
    }

    /** The chosen text file. */
    public Path source() {
        return Path.of(sourceText.getText().strip());
    }

    /** The chosen workspace folder. */
    public IPath destination() {
        return IPath.fromOSString(destinationText.getText().strip()).makeAbsolute();
    }

    /** Sets the fields as a user would type them (tests). */
    public void fill(String source, String destination) {
        sourceText.setText(source);
        destinationText.setText(destination);
    }
}
