/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

/** Receives a document's complete diagnostics each time the language server has validated it. */
@FunctionalInterface
public interface DiagnosticsListener {
    /** Called on a server thread with the normalized document URI. */
    void diagnosticsChanged(String uri, List<Diagnostic> diagnostics);
}
