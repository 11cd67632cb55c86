/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import podium.lang.internal.FirstStatement;
import podium.model.PlanningFile;

/** Text edits built from the node model of the element a fix works on. */
final class Edits {

    private Edits() {
    }

    /** The node of a feature's first value as written, or null when it is not written. */
    static INode node(EObject object, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    static TextEdit replace(Document document, int offset, int length, String text) {
        return new TextEdit(new Range(document.getPosition(offset), document.getPosition(offset + length)), text);
    }

    static TextEdit replace(Document document, INode node, String text) {
        return replace(document, node.getOffset(), node.getLength(), text);
    }

    /** Appends a statement on a line of its own at the end of the document. */
    static TextEdit appendLine(Document document, String statement) {
        String contents = document.getContents();
        String separator = contents.isEmpty() || contents.endsWith("\n") ? "" : "\n";
        return replace(document, contents.length(), 0, separator + statement + "\n");
    }

    /**
     * Moves a statement (with its line, when it stands alone on it) to a line of its own just above
     * the file's first statement, below any comment that opens the file.
     */
    static List<TextEdit> moveAboveFirstStatement(Document document, EObject statement) {
        INode moved = NodeModelUtils.getNode(statement);
        INode first = FirstStatement.node((PlanningFile) EcoreUtil2.getRootContainer(statement));
        if (moved == null || first == null || first.getOffset() > moved.getOffset()) {
            return List.of();
        }
        String text = document.getContents();
        int start = moved.getOffset();
        int end = moved.getEndOffset();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
        if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
            start = lineStart;
            end = lineEnd;
        }
        String written = text.substring(moved.getOffset(), moved.getEndOffset());
        return List.of(replace(document, first.getOffset(), 0, written + "\n"), replace(document, start, end - start, ""));
    }

    /** The diagnostic's data items as strings, whatever form the transport gave them. */
    static List<String> data(Diagnostic diagnostic) {
        Object data = diagnostic.getData();
        List<String> items = new ArrayList<>();
        if (data instanceof String[] array) {
            items.addAll(List.of(array));
        } else if (data instanceof Iterable<?> iterable) {
            iterable.forEach(item -> items.add(String.valueOf(item).replaceAll("^\"|\"$", "")));
        }
        return items;
    }
}
