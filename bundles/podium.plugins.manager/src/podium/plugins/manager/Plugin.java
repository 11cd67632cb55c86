/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One installed plugin as the plugin manager lists it.
 *
 * @param id          the bundle's symbolic name; for a jar that is not a bundle, the jar's file name
 * @param version     the bundle version, empty for a jar that is not a bundle
 * @param name        the human name ({@code Bundle-Name}), or the id
 * @param vendor      {@code Bundle-Vendor}, or null
 * @param description {@code Bundle-Description}, or null
 * @param error       why the plugin is {@link State#FAILED}, one line; null otherwise
 * @param jar         the plugin's jar in its plugin folder
 * @param removable   whether the user can uninstall it (its folder is writable)
 */
public record Plugin(String id, String version, String name, String vendor, String description, State state,
        String error, Path jar, boolean removable) {

    /** What a plugin is doing in the running Podium. */
    public enum State {
        /** Started: its reports and formats are available. */
        ACTIVE,
        /** Loaded but not started (a fragment, or a plugin that starts on first use). */
        RESOLVED,
        /** Installed but switched off by the user: not loaded. */
        DISABLED,
        /** It could not be loaded, resolved or started; see {@link Plugin#error()}. */
        FAILED;

        /** The stable lower-case word the CLI prints: {@code active}, {@code resolved}, {@code disabled}, {@code failed}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
