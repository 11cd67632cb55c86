/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import podium.core.Severity;
import podium.lang.validation.IssueCodes;

/** One severity choice per configurable rule; applying revalidates every plan file. */
public final class SeverityPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public SeverityPreferencePage() {
        super(GRID);
        setPreferenceStore(SeverityPreferences.store());
        setDescription(Messages.SeverityPreferencePage_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // The store is set in the constructor.
    }

    @Override
    protected void createFieldEditors() {
        for (IssueCodes rule : IssueCodes.values()) {
            if (rule.configurable()) {
                getPreferenceStore().setDefault(SeverityPreferences.PREFIX + rule.code(), rule.defaultSeverity().label());
                addField(new ComboFieldEditor(SeverityPreferences.PREFIX + rule.code(), rule.code() + "  " + rule.label(),
                        choices(), getFieldEditorParent()));
            }
        }
    }

    private static String[][] choices() {
        List<String[]> choices = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            choices.add(new String[] { severity.label(), severity.label() });
        }
        return choices.toArray(String[][]::new);
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        SeverityPreferences.applyAndRevalidate();
        return ok;
    }
}
