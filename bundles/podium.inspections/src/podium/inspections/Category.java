/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import java.util.Locale;

import podium.inspections.internal.Messages;

/**
 * What an inspection is about, as the preference page and docs/validation.md group inspections; the
 * letter after a Podium code's {@code PDM-} follows it.
 *
 * @since 1.0
 */
public enum Category {
    /** Files that cannot be read, syntax, impossible values (X). */
    READING,
    /** Names, references and imports (L, N). */
    NAMES,
    /** The plan itself (P). */
    PLAN,
    /** Indicators and peer groups (I, G). */
    INDICATORS,
    /** Targets: levels, periods, growth (T). */
    TARGETS,
    /** Units of measure (U). */
    UNITS,
    /** Decompositions of targets among organisations (D). */
    DECOMPOSITIONS,
    /** Monthly actuals (A). */
    ACTUALS,
    /** Rank observations (R). */
    RANKS,
    /** Investment projects (J). */
    PROJECTS,
    /** Measures (M). */
    MEASURES,
    /** Meetings and speeches (C). */
    MEETINGS,
    /** Severity settings and inspections themselves (S). */
    SETTINGS,
    /** Anything else a plugin checks. */
    OTHER;

    /** The category's name in the user's language. */
    public String label() {
        return label(Locale.getDefault());
    }

    /** The category's name in {@code locale}'s language (Chinese or English). */
    public String label(Locale locale) {
        return Messages.categoryLabel(this, locale);
    }
}
