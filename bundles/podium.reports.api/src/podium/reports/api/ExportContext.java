/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an export is written for: the reader's language and format options (e.g. {@code font}, a
 * TrueType font file for PDF).
 *
 * @since 1.0
 */
public record ExportContext(Locale locale, Map<String, String> options) {

    public ExportContext {
        locale = locale == null ? Locale.getDefault() : locale;
        options = Map.copyOf(options);
    }

    /** The context of the current language without options. */
    public static ExportContext of(Locale locale) {
        return new ExportContext(locale, Map.of());
    }

    public Optional<String> option(String id) {
        return Optional.ofNullable(options.get(id));
    }
}
