/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem found in the user's input, with a location and a stable code, shared by the language,
 * the importers and the CLI so that every tool reports problems the same way.
 *
 * @param path   the file as the user named it (never null; "-" for standard input)
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param code   stable code such as {@code PDM-T001} or {@code IMP-E001}
 */
public record Problem(String path, int line, int column, Severity severity, String code, String message) {

    /** Order used by every report: path, then line, column, code. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column)
            .thenComparing(Problem::code).thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The one-line form every command prints: {@code path:line:col: severity CODE message}. */
    public String format() {
        return path + ':' + line + ':' + column + ": " + severity.label() + ' ' + code + ' ' + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
