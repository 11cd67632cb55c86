/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.junit.jupiter.api.Test;

import podium.xtext.jface.Positions;
import podium.xtext.jface.TextEdits;

/** Offsets and edits with Chinese text and CRLF line ends; several edits undo as one. */
class TextEditsTest {
    private static TextEdit edit(int line, int from, int to, String text) {
        return new TextEdit(new Range(new Position(line, from), new Position(line, to)), text);
    }

    @Test
    void positionsCountUtf16UnitsPerLine() {
        IDocument document = new Document("org 南阳市\r\norg 宛城区\n");
        assertThat(Positions.toOffset(document, new Position(1, 4))).isEqualTo("org 南阳市\r\norg ".length());
        assertThat(Positions.toPosition(document, "org 南阳市\r\norg 宛".length())).isEqualTo(new Position(1, 5));
    }

    @Test
    void positionsBeyondTheTextAreClamped() {
        IDocument document = new Document("ab\ncd");
        assertThat(Positions.toOffset(document, new Position(1, 99))).isEqualTo(5);
        assertThat(Positions.toOffset(document, new Position(7, 0))).isEqualTo(5);
    }

    @Test
    void editsReferToTheOriginalTextInAnyOrder() {
        String text = TextEdits.apply("org 南阳市 { org 宛城区 }", List.of(
                edit(0, 14, 17, "宛城"), edit(0, 4, 7, "南阳")));
        assertThat(text).isEqualTo("org 南阳 { org 宛城 }");
    }

    @Test
    void severalEditsUndoAsOneChange() throws Exception {
        IDocument document = new Document("a  b  c");
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo == null) {
            DocumentUndoManagerRegistry.connect(document);
            undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        }
        undo.connect(this);
        TextEdits.apply(document, List.of(edit(0, 1, 3, " "), edit(0, 4, 6, " ")));
        assertThat(document.get()).isEqualTo("a b c");
        undo.undo();
        assertThat(document.get()).isEqualTo("a  b  c");
        undo.disconnect(this);
    }
}
