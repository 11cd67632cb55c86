/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import podium.core.Severity;

/**
 * The catalogue entry of a rule: stable id ({@code PDM-T001}), default severity, a short title and
 * the message pattern ({@link String#format} with {@code %s} arguments).
 */
public record RuleInfo(String id, Severity defaultSeverity, String title, String messagePattern) {

    private static final Pattern ID = Pattern.compile("PDM-[TUDARPMS]\\d{3}");

    public RuleInfo {
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must look like PDM-T001: " + id);
        }
        if (title == null || title.isBlank() || messagePattern == null || messagePattern.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a title and a message");
        }
    }

    /** The message with its arguments filled in. */
    public String message(Object... args) {
        return String.format(Locale.ROOT, messagePattern, args);
    }
}
