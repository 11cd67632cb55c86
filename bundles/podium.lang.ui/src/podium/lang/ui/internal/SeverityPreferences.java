/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import com.google.inject.Injector;

import podium.core.Severity;
import podium.inspections.InspectionDescriptor;
import podium.inspections.Severities;
import podium.lang.internal.LanguageInspections;
import podium.xtext.jface.LanguageSession;

/**
 * Inspection severities chosen in the preferences ({@code severity.PDM-T001 = warning},
 * {@code enabled.PDM-T001 = false}), applied to the language: Podium's inspections and plugins' alike.
 */
final class SeverityPreferences {
    static final String PREFIX = "severity.";
    static final String ENABLED = "enabled.";
    private static final String QUALIFIER = "podium.lang.ui";

    private SeverityPreferences() {
    }

    static IPreferenceStore store() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
    }

    /** Applies the preferences and revalidates every plan file, e.g. after the preference page's OK. */
    static void applyAndRevalidate() {
        applyTo(PodiumLanguage.injector());
        LanguageSession session = PodiumLanguage.runningSession();
        if (session != null) {
            session.revalidate(WorkspacePlans.all());
        }
    }

    /** Copies the preferences into the language's severities; inspections without a preference keep their default. */
    static void applyTo(Injector injector) {
        LanguageInspections inspections = injector.getInstance(LanguageInspections.class);
        Severities severities = inspections.severities();
        IPreferenceStore store = store();
        severities.reset();
        for (InspectionDescriptor inspection : inspections.registry().inspections()) {
            Severity severity = chosen(store, inspection);
            if (severity != null) {
                severities.override(inspection, severity);
            }
        }
    }

    /** The severity chosen for {@code inspection}: {@link Severity#IGNORE} when turned off, null for its default. */
    static Severity chosen(IPreferenceStore store, InspectionDescriptor inspection) {
        String value = store.getString(PREFIX + inspection.code());
        Severity severity = value.isEmpty() ? null : Severity.parse(value);
        if (!enabled(store, inspection) || severity == Severity.IGNORE) {
            return Severity.IGNORE;
        }
        return severity;
    }

    /** Whether the inspection is on (by default it is). */
    static boolean enabled(IPreferenceStore store, InspectionDescriptor inspection) {
        String key = ENABLED + inspection.code();
        store.setDefault(key, true);
        return store.getBoolean(key);
    }

    static void setEnabled(IPreferenceStore store, InspectionDescriptor inspection, boolean enabled) {
        String key = ENABLED + inspection.code();
        store.setDefault(key, true);
        store.setValue(key, enabled);
    }
}
