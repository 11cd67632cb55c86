/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/** Applies LSP text edits to a JFace document as one change that one undo reverts. */
public final class TextEdits {
    private TextEdits() {
    }

    public static void apply(IDocument document, List<? extends TextEdit> edits) {
        if (edits == null || edits.isEmpty()) {
            return;
        }
        MultiTextEdit root = new MultiTextEdit();
        // All ranges refer to the text before any edit, which is what MultiTextEdit expects.
        edits.stream().sorted(Comparator.comparingInt(edit -> Positions.toOffset(document, edit.getRange().getStart())))
                .forEach(edit -> {
                    IRegion region = Positions.toRegion(document, edit.getRange());
                    root.addChild(new ReplaceEdit(region.getOffset(), region.getLength(), edit.getNewText()));
                });
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            root.apply(document);
        } catch (MalformedTreeException | BadLocationException e) {
            throw new IllegalStateException("Overlapping or stale edits", e);
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }

    /** The text that results from applying edits to a string, for files no editor has open. */
    public static String apply(String text, List<? extends TextEdit> edits) {
        org.eclipse.jface.text.Document document = new org.eclipse.jface.text.Document(text);
        apply(document, edits);
        return document.get();
    }
}
