/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;

import podium.lang.tools.TextLayout;

/**
 * The plan editor's status bar fields, IntelliJ's way: the caret as line:column (both from 1, a
 * Chinese character is one column) and the file's encoding — plans are UTF-8, with or without a
 * byte order mark.
 */
final class CaretStatus {
    /** The editor's own status category for the encoding field. */
    static final String ENCODING_CATEGORY = "podium.lang.ui.encoding"; //$NON-NLS-1$

    private CaretStatus() {
    }

    static String position(IDocument document, int offset) {
        try {
            int line = document.getLineOfOffset(offset);
            return NLS.bind(Messages.CaretStatus_position, line + 1, offset - document.getLineOffset(line) + 1);
        } catch (BadLocationException e) {
            return ""; //$NON-NLS-1$
        }
    }

    static String encoding(IEditorInput input) {
        return hasBom(input) ? Messages.CaretStatus_utf8Bom : Messages.CaretStatus_utf8;
    }

    private static boolean hasBom(IEditorInput input) {
        IURIEditorInput uriInput = input == null ? null : input.getAdapter(IURIEditorInput.class);
        URI uri = uriInput == null ? null : uriInput.getURI();
        return uri != null && "file".equals(uri.getScheme()) && TextLayout.startsWithBom(Path.of(uri)); //$NON-NLS-1$
    }
}
