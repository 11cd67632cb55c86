/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import com.google.inject.Injector;

import podium.core.Severity;
import podium.lang.validation.IssueCodes;
import podium.lang.validation.RuleSeverities;
import podium.xtext.jface.LanguageSession;

/** Rule severities chosen in the preferences ({@code severity.PDM-T001 = warning}), applied to the language. */
final class SeverityPreferences {
    static final String PREFIX = "severity.";
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

    /** Copies the preferences into the language's severities; rules without a preference keep their default. */
    static void applyTo(Injector injector) {
        RuleSeverities severities = injector.getInstance(RuleSeverities.class);
        IPreferenceStore store = store();
        severities.reset();
        for (IssueCodes rule : IssueCodes.values()) {
            String value = store.getString(PREFIX + rule.code());
            Severity severity = value.isEmpty() ? null : Severity.parse(value);
            if (severity != null) {
                severities.override(rule, severity);
            }
        }
    }
}
