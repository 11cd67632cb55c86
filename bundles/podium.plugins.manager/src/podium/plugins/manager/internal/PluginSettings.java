/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.plugins.manager.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import podium.core.io.AtomicFiles;

/**
 * The plugin manager's state in the user's plugin folder, {@code podium-plugins.properties}: one line
 * per disabled plugin, {@code SYMBOLIC-NAME = disabled}. Written atomically; a missing file means
 * that every plugin is enabled.
 */
public final class PluginSettings {

    /** The file's name in the plugin folder. */
    public static final String FILE = "podium-plugins.properties"; //$NON-NLS-1$

    private static final String DISABLED = "disabled"; //$NON-NLS-1$

    private PluginSettings() {
    }

    /** The symbolic names of the disabled plugins. */
    public static Set<String> disabled(Path folder) throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (NoSuchFileException e) {
            return new TreeSet<>();
        }
        Set<String> disabled = new TreeSet<>();
        settings.forEach((id, state) -> {
            if (DISABLED.equals(String.valueOf(state).strip())) {
                disabled.add(String.valueOf(id).strip());
            }
        });
        return disabled;
    }

    /** Replaces the file with one that disables exactly {@code disabled}. */
    public static void write(Path folder, Set<String> disabled) throws IOException {
        StringBuilder text = new StringBuilder(
                "# Plugins Podium does not load; written by the plugin manager (podium plugins enable ID).\n"); //$NON-NLS-1$
        for (String id : new TreeSet<>(disabled)) {
            text.append(id).append(" = ").append(DISABLED).append('\n'); //$NON-NLS-1$
        }
        AtomicFiles.write(folder.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
