/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import podium.plugins.registry.Contributions;

/**
 * An option of a report beyond the standard parameters (the {@code option} elements of its
 * extension), e.g. {@code stalledMonths} of the pipeline report.
 *
 * @param type         {@link #INTEGER} or {@link #TEXT}
 * @param defaultValue the value used when the user gives none; may be null
 * @since 1.0
 */
public record ReportOption(String id, String name, String nameEn, String type, String defaultValue) {

    /**
     * The type of an option whose value is a count: a whole number, zero or more.
     *
     * @since 1.1
     */
    public static final String INTEGER = "integer"; //$NON-NLS-1$

    /**
     * The type of an option whose value is any text (the default).
     *
     * @since 1.1
     */
    public static final String TEXT = "text"; //$NON-NLS-1$

    /** The name in the user's language. */
    public String label() {
        return Contributions.localized(name, nameEn);
    }

    /**
     * Whether the option's value is a count.
     *
     * @since 1.1
     */
    public boolean isInteger() {
        return INTEGER.equals(type);
    }

    /**
     * Whether {@code value} (surrounding white space ignored) is a value of this option: any text for a text
     * option; for an integer option a whole number from 0 to {@link Integer#MAX_VALUE}, in any script's digits
     * (full-width ones typed with a Chinese input method included). The one rule the CLI, the report
     * parameters and the settings pages share.
     *
     * @since 1.1
     */
    public boolean accepts(String value) {
        if (!isInteger()) {
            return true;
        }
        try {
            return Integer.parseInt(value.strip()) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
