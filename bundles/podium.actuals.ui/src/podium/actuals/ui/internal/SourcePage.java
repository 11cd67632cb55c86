/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.actuals.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import podium.ui.internal.dialogs.BrowseRow;
import podium.ui.internal.workspace.LinkedFolders;

/** The data file, the plan to import into, an optional mapping file and the partial option. */
public final class SourcePage extends WizardPage {

    private final IFile suggestedPlan;
    private final List<IFile> plans = new ArrayList<>();
    private Text dataText;
    private Combo planChoice;
    private Text mappingText;
    private Button partialButton;

    SourcePage(IFile suggestedPlan) {
        super("source"); //-NLS-1$
        this.suggestedPlan = suggestedPlan;
        setTitle(Messages.SourcePage_title);
        setDescription(Messages.SourcePage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        dataText = fileField(body, Messages.SourcePage_data, new String[] { "*.xlsx;*.xlsm;*.csv", "*.*" }); //-NLS-1$ //-NLS-2$
        new Label(body, SWT.NONE).setText(Messages.SourcePage_plan);
        planChoice = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(planChoice);
        fillPlans();
        planChoice.addListener(SWT.Selection, e -> validate());
        mappingText = fileField(body, Messages.SourcePage_mapping, new String[] { "*.*" }); //-NLS-1$
        partialButton = new Button(body, SWT.CHECK);
        partialButton.setText(Messages.SourcePage_partial);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(partialButton);
        Label note = new Label(body, SWT.WRAP);
        note.setText(Messages.SourcePage_note);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
        setControl(body);
        validate();
    }

    private Text fileField(Composite body, String label, String[] patterns) {
        return BrowseRow.add(body, label, Messages.SourcePage_browse, () -> BrowseRow.chooseFile(getShell(), patterns, null),
                this::validate);
    }

    private void fillPlans() {
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                if (resource instanceof IFile file && isPlanFile(file)) {
                    plans.add(file);
                }
                return true;
            });
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
        plans.sort((a, b) -> LinkedFolders.shownPath(a).compareTo(LinkedFolders.shownPath(b)));
        plans.forEach(p -> planChoice.add(LinkedFolders.shownPath(p)));
        int preferred = suggestedPlan != null ? plans.indexOf(suggestedPlan) : -1;
        for (int i = 0; preferred < 0 && i < plans.size(); i++) {
            if (plans.get(i).getName().startsWith("plan")) { //-NLS-1$
                preferred = i;
            }
        }
        if (!plans.isEmpty()) {
            planChoice.select(Math.max(preferred, 0));
        }
    }

    private static boolean isPlanFile(IFile file) {
        return "podium".equals(file.getFileExtension()) || "xmi".equals(file.getFileExtension()); //-NLS-1$ //-NLS-2$
    }

    private void validate() {
        String message = null;
        if (dataText.getText().isBlank()) {
            message = ""; //-NLS-1$
        } else if (!Files.isRegularFile(dataFile())) {
            message = Messages.SourcePage_noDataFile;
        } else if (plan() == null) {
            message = Messages.SourcePage_noPlan;
        } else if (mappingFile() != null && !Files.isRegularFile(mappingFile())) {
            message = Messages.SourcePage_noMappingFile;
        }
        setErrorMessage(message == null || message.isEmpty() ? null : message);
        setPageComplete(message == null);
    }

    public Path dataFile() {
        return Path.of(dataText.getText().strip());
    }

    /** The chosen plan file of the workspace, or null. */
    public IFile plan() {
        int index = planChoice == null ? -1 : planChoice.getSelectionIndex();
        return index < 0 ? null : plans.get(index);
    }

    /** The chosen plan as the page shows it. */
    public String planShown() {
        return planChoice.getText();
    }

    /** The mapping file, or null to pick columns on the next page. */
    public Path mappingFile() {
        String text = mappingText.getText().strip();
        return text.isEmpty() ? null : Path.of(text);
    }

    public boolean partial() {
        return partialButton.getSelection();
    }

    /** Fills the page as a user would (tests). */
    public void fill(String data, IFile plan, String mapping, boolean partial) {
        dataText.setText(data);
        planChoice.select(plans.indexOf(plan));
        mappingText.setText(mapping == null ? "" : mapping); //-NLS-1$
        partialButton.setSelection(partial);
        validate();
    }
}
