/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.Locale;

import org.eclipse.jface.preference.IPreferenceStore;

import podium.core.Severity;
import podium.inspections.InspectionDescriptor;

/**
 * What the preference page shows and edits for one inspection: on or off, and the severity it is reported
 * with when on (kept while it is off, so turning it on again brings it back).
 */
final class InspectionSetting {
    private final InspectionDescriptor inspection;
    private boolean enabled;
    private Severity severity;

    private InspectionSetting(InspectionDescriptor inspection, boolean enabled, Severity severity) {
        this.inspection = inspection;
        this.enabled = enabled;
        this.severity = severity;
    }

    /** The inspection's setting as stored, or its default when {@code defaults}. */
    static InspectionSetting read(IPreferenceStore store, InspectionDescriptor inspection, boolean defaults) {
        if (defaults) {
            return new InspectionSetting(inspection, true, inspection.defaultSeverity());
        }
        Severity stored = Severity.parse(store.getString(SeverityPreferences.PREFIX + inspection.code()));
        boolean on = SeverityPreferences.enabled(store, inspection) && stored != Severity.IGNORE;
        Severity shown = stored == null || stored == Severity.IGNORE ? inspection.defaultSeverity() : stored;
        return new InspectionSetting(inspection, on, shown);
    }

    /** Stores the setting; a severity equal to the default is stored as the default (no line in the file). */
    void write(IPreferenceStore store) {
        String key = SeverityPreferences.PREFIX + inspection.code();
        if (severity == inspection.defaultSeverity()) {
            store.setToDefault(key);
        } else {
            store.setValue(key, severity.label());
        }
        SeverityPreferences.setEnabled(store, inspection, enabled);
    }

    InspectionDescriptor inspection() {
        return inspection;
    }

    boolean enabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Severity severity() {
        return severity;
    }

    /** Error, warning or info; turning the inspection off is {@link #setEnabled}. */
    void setSeverity(Severity severity) {
        if (severity == Severity.IGNORE) {
            throw new IllegalArgumentException("turn the inspection off instead"); //$NON-NLS-1$
        }
        this.severity = severity;
    }

    /** Whether every word of {@code filter} occurs in the code, name, description, category or plugin. */
    boolean matches(String filter) {
        String text = String.join("\n", inspection.code(), inspection.name(), //$NON-NLS-1$
                String.valueOf(inspection.description()), inspection.category().label(), inspection.contributor().label())
                .toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).strip().split("\\s+")) { //$NON-NLS-1$
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
