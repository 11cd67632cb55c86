/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import podium.plugins.registry.Contributions;

/**
 * An option of a report beyond the standard parameters (the {@code option} elements of its
 * extension), e.g. {@code stalledMonths} of the pipeline report.
 *
 * @param type         {@code integer} or {@code text}
 * @param defaultValue the value used when the user gives none; may be null
 * @since 1.0
 */
public record ReportOption(String id, String name, String nameEn, String type, String defaultValue) {

    /** The name in the user's language. */
    public String label() {
        return Contributions.localized(name, nameEn);
    }
}
