/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.registry;

/**
 * The plugin a contribution comes from, named in error messages: its bundle symbolic name and its
 * human-readable name (Bundle-Name), e.g. {@code podium.sample.reports} and 示例报表插件.
 *
 * @since 0.1
 */
public record Contributor(String id, String name) {

    /** The name and id as shown to the user: {@code Sample Reports (podium.sample.reports)}. */
    public String label() {
        return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
    }
}
