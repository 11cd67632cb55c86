/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.text;

import java.util.Objects;

import podium.core.Severity;

/**
 * A problem found by a stage before the file name and line are attached.
 *
 * @param inputOffset where in the decoded input the problem is
 */
public record Finding(int inputOffset, Severity severity, String code, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
