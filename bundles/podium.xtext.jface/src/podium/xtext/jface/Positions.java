/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Converts between JFace offsets and LSP line/character positions (both count UTF-16 code units). */
public final class Positions {
    private Positions() {
    }

    public static Position toPosition(IDocument document, int offset) {
        try {
            int clamped = Math.max(0, Math.min(offset, document.getLength()));
            int line = document.getLineOfOffset(clamped);
            return new Position(line, clamped - document.getLineOffset(line));
        } catch (BadLocationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The offset of a position, clamped into the document: the server's text may be a keystroke behind. */
    public static int toOffset(IDocument document, Position position) {
        try {
            int lines = document.getNumberOfLines();
            if (position.getLine() >= lines) {
                return document.getLength();
            }
            int line = Math.max(0, position.getLine());
            IRegion info = document.getLineInformation(line);
            return info.getOffset() + Math.max(0, Math.min(position.getCharacter(), info.getLength()));
        } catch (BadLocationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static IRegion toRegion(IDocument document, Range range) {
        int start = toOffset(document, range.getStart());
        int end = Math.max(start, toOffset(document, range.getEnd()));
        return new Region(start, end - start);
    }

    public static boolean contains(IDocument document, Range range, int offset) {
        IRegion region = toRegion(document, range);
        return region.getOffset() <= offset && offset <= region.getOffset() + region.getLength();
    }
}
