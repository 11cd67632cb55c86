/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;

/** Formats a document with the language's formatter; one undo restores the previous layout. */
public final class Formatter {
    private static final long TIMEOUT_SECONDS = 30;

    private Formatter() {
    }

    /** Applies the server's formatting edits to the open document; returns whether anything changed. */
    public static boolean format(DocumentSync sync) {
        sync.flush();
        DocumentFormattingParams params = new DocumentFormattingParams(sync.identifier(), new FormattingOptions(4, true));
        List<? extends TextEdit> edits = LanguageSession.join(sync.session().server().formatting(params), TIMEOUT_SECONDS);
        if (edits == null || edits.isEmpty()) {
            return false;
        }
        String before = sync.document().get();
        TextEdits.apply(sync.document(), edits);
        return !before.equals(sync.document().get());
    }
}
