/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** Reads the parts of an LSP diagnostic that lsp4j wraps in Eithers. */
public final class Diagnostics {
    private Diagnostics() {
    }

    /** The issue code ({@code PDM-T001}...), or null. */
    public static String code(Diagnostic diagnostic) {
        if (diagnostic.getCode() == null) {
            return null;
        }
        return diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
    }

    public static String message(Diagnostic diagnostic) {
        return diagnostic.getMessage() == null ? "" : diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
                : diagnostic.getMessage().getRight().getValue();
    }

    public static DiagnosticSeverity severity(Diagnostic diagnostic) {
        return diagnostic.getSeverity() == null ? DiagnosticSeverity.Error : diagnostic.getSeverity();
    }

    /** {@code CODE message}, as the Problems view and the CLI print it. */
    public static String describe(Diagnostic diagnostic) {
        String code = code(diagnostic);
        return code == null || code.isEmpty() ? message(diagnostic) : code + " " + message(diagnostic);
    }
}
