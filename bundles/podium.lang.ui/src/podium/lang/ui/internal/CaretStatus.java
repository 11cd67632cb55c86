/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;

/**
 * The plan editor's status bar fields, IntelliJ's way: the caret as line:column (both from 1, a
 * Chinese character is one column) and the file's encoding — plans are UTF-8, with or without a
 * byte order mark.
 */
final class CaretStatus {
    /** The editor's own status category for the encoding field. */
    static final String ENCODING_CATEGORY = "podium.lang.ui.encoding"; //$NON-NLS-1$

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
        if (uri == null || !"file".equals(uri.getScheme())) { //$NON-NLS-1$
            return false;
        }
        try (InputStream in = Files.newInputStream(Path.of(uri))) {
            return Arrays.equals(in.readNBytes(UTF8_BOM.length), UTF8_BOM);
        } catch (IOException | RuntimeException e) {
            return false; // an unreadable file shows as UTF-8, which is what Podium reads and writes
        }
    }
}
