/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.InspectionDescriptor;
import podium.lang.internal.LanguageInspections;

/**
 * The inspections, Podium's and plugins', by category: each can be turned off or given another severity;
 * the tooltip says what it checks. Applying revalidates every plan file.
 */
public final class SeverityPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    private static final Severity[] CHOICES = {Severity.ERROR, Severity.WARNING, Severity.INFO};

    /** The controls of one inspection. */
    record Row(InspectionDescriptor inspection, Button enabled, Combo severity) {
    }

    private final List<Row> rows = new ArrayList<>();

    public SeverityPreferencePage() {
        setPreferenceStore(SeverityPreferences.store());
        setDescription(Messages.SeverityPreferencePage_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // The store is set in the constructor.
    }

    @Override
    protected Control createContents(Composite parent) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite body = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        for (Map.Entry<Category, List<InspectionDescriptor>> category : byCategory().entrySet()) {
            Group group = new Group(body, SWT.NONE);
            group.setText(category.getKey().label());
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
            category.getValue().forEach(inspection -> rows.add(row(group, inspection)));
        }
        scrolled.setContent(body);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 420).applyTo(scrolled);
        load(false);
        return scrolled;
    }

    /** The configurable inspections by category, in code order within each. */
    private static Map<Category, List<InspectionDescriptor>> byCategory() {
        Map<Category, List<InspectionDescriptor>> result = new EnumMap<>(Category.class);
        PodiumLanguage.injector().getInstance(LanguageInspections.class).registry().inspections().stream()
                .filter(InspectionDescriptor::configurable).sorted(Comparator.comparing(InspectionDescriptor::code))
                .forEach(i -> result.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(i));
        return result;
    }

    private static Row row(Composite parent, InspectionDescriptor inspection) {
        Button enabled = new Button(parent, SWT.CHECK);
        enabled.setText(inspection.code() + "  " + inspection.name()); //$NON-NLS-1$
        String tip = inspection.description() == null ? inspection.name() : inspection.description();
        enabled.setToolTipText(tip + "\n(" + inspection.contributor().label() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(enabled);
        Combo severity = new Combo(parent, SWT.READ_ONLY);
        for (Severity choice : CHOICES) {
            severity.add(choice.label());
        }
        enabled.addListener(SWT.Selection, e -> severity.setEnabled(enabled.getSelection()));
        return new Row(inspection, enabled, severity);
    }

    /** Shows the stored choices, or the defaults. */
    private void load(boolean defaults) {
        IPreferenceStore store = getPreferenceStore();
        for (Row row : rows) {
            Severity chosen = defaults ? null : SeverityPreferences.chosen(store, row.inspection());
            boolean on = chosen != Severity.IGNORE;
            Severity shown = chosen == null || chosen == Severity.IGNORE ? shownSeverity(store, row, defaults) : chosen;
            row.enabled().setSelection(on);
            row.severity().select(List.of(CHOICES).indexOf(shown));
            row.severity().setEnabled(on);
        }
    }

    /** The severity to show beside a turned-off inspection: the one it had, else its default. */
    private static Severity shownSeverity(IPreferenceStore store, Row row, boolean defaults) {
        Severity stored = defaults ? null : Severity.parse(store.getString(SeverityPreferences.PREFIX + row.inspection().code()));
        return stored == null || stored == Severity.IGNORE ? row.inspection().defaultSeverity() : stored;
    }

    @Override
    protected void performDefaults() {
        load(true);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IPreferenceStore store = getPreferenceStore();
        for (Row row : rows) {
            String code = row.inspection().code();
            Severity severity = CHOICES[Math.max(0, row.severity().getSelectionIndex())];
            if (severity == row.inspection().defaultSeverity()) {
                store.setToDefault(SeverityPreferences.PREFIX + code);
            } else {
                store.setValue(SeverityPreferences.PREFIX + code, severity.label());
            }
            SeverityPreferences.setEnabled(store, row.inspection(), row.enabled().getSelection());
        }
        SeverityPreferences.applyAndRevalidate();
        return true;
    }

    /** The rows, for tests that look for an inspection on the page. */
    List<Row> rows() {
        return List.copyOf(rows);
    }
}
