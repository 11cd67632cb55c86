/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import podium.core.io.AtomicFiles;

/**
 * The workbench language the user chose, kept in {@code $XDG_CONFIG_HOME/podium/language} (one line,
 * e.g. {@code zh_CN}); the {@code podium} launch script reads it and passes it as {@code -nl}. No file
 * means "follow the system locale". It is a file outside the workspace because the language must be
 * known before the OSGi framework (and its preference service) starts.
 */
public final class LanguageSetting {
    /** The languages Podium's workbench is translated into, Chinese first. */
    public static final List<String> LANGUAGES = List.of("zh_CN", "en"); //$NON-NLS-1$ //$NON-NLS-2$

    /** What the launch script accepts: the same pattern, so a value written here is never ignored there. */
    private static final Pattern VALID = Pattern.compile("[a-z]{2}(_[A-Z]{2})?"); //$NON-NLS-1$

    private final Path file;

    public LanguageSetting(Path file) {
        this.file = file;
    }

    /** The file of the current user, as the launch script finds it. */
    public static LanguageSetting ofUser() {
        String configHome = System.getenv("XDG_CONFIG_HOME"); //$NON-NLS-1$
        Path base = configHome != null && !configHome.isBlank() ? Path.of(configHome)
                : Path.of(System.getProperty("user.home"), ".config"); //$NON-NLS-1$ //$NON-NLS-2$
        return new LanguageSetting(base.resolve("podium").resolve("language")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public Path file() {
        return file;
    }

    /** The chosen language, or empty when the system's is followed (no file, or a value the script would ignore). */
    public Optional<String> chosen() {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String value = lines.isEmpty() ? "" : lines.get(0).strip(); //$NON-NLS-1$
            return VALID.matcher(value).matches() ? Optional.of(value) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Chooses a language (empty: follow the system). */
    public void choose(Optional<String> language) throws IOException {
        if (language.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        String value = language.get();
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a language tag like zh_CN or en: " + value); //$NON-NLS-1$
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, (value + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }
}
