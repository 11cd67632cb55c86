/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

/**
 * The plugin that contributed an inspection, by bundle id and Bundle-Name.
 *
 * @since 1.0
 */
public record Contributor(String id, String name) {

    /** The name and id as shown to the user: {@code Acme Inspections (acme.inspections)}. */
    public String label() {
        return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
