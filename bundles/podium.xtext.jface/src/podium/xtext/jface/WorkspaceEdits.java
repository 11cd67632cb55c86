/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Applies a server's workspace edit (rename, quick fix): open documents are edited in place, as one
 * undoable change each; closed files are rewritten through the caller's writer.
 */
public final class WorkspaceEdits {
    /** Where edits go: documents open in editors, and a safe way to rewrite closed files. */
    public interface Target {
        /** The open document of a URI, or null when no editor has it open. */
        IDocument openDocument(String uri);

        void writeClosedFile(Path path, String text) throws IOException;
    }

    private WorkspaceEdits() {
    }

    /** Applies every change and returns the URIs of closed files that were rewritten. */
    public static List<String> apply(WorkspaceEdit edit, Target target) throws IOException {
        List<String> rewritten = new ArrayList<>();
        for (Map.Entry<String, List<TextEdit>> change : changes(edit).entrySet()) {
            String uri = Uris.normalize(change.getKey());
            IDocument document = target.openDocument(uri);
            if (document != null) {
                TextEdits.apply(document, change.getValue());
            } else {
                Path path = Uris.toPath(uri);
                String text = Files.readString(path, StandardCharsets.UTF_8);
                target.writeClosedFile(path, TextEdits.apply(text, change.getValue()));
                rewritten.add(uri);
            }
        }
        return rewritten;
    }

    /** The edits per URI, whichever of the two LSP shapes the server used. */
    public static Map<String, List<TextEdit>> changes(WorkspaceEdit edit) {
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        if (edit == null) {
            return changes;
        }
        if (edit.getChanges() != null) {
            for (Map.Entry<String, List<TextEdit>> entry : edit.getChanges().entrySet()) {
                editsOf(changes, entry.getKey()).addAll(entry.getValue());
            }
        }
        if (edit.getDocumentChanges() != null) {
            for (var change : edit.getDocumentChanges()) {
                if (change.isLeft()) {
                    editsOf(changes, change.getLeft().getTextDocument().getUri()).addAll(plain(change.getLeft()));
                }
            }
        }
        return changes;
    }

    private static List<TextEdit> editsOf(Map<String, List<TextEdit>> changes, String uri) {
        return changes.computeIfAbsent(uri, key -> new ArrayList<>());
    }

    private static List<TextEdit> plain(TextDocumentEdit edit) {
        return edit.getEdits().stream().map(e -> e.isLeft() ? e.getLeft() : new TextEdit(e.getRight().getRange(),
                e.getRight().getSnippet().getValue())).toList();
    }
}
