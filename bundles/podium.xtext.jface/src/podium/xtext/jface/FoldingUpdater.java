/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;

/** Folds the blocks the server reports (multi-line elements and comments) in a projection viewer. */
public final class FoldingUpdater {
    private final Map<Position, Annotation> current = new HashMap<>();

    /** Asks the server for the ranges of the document as it last received it. */
    public static java.util.concurrent.CompletableFuture<List<FoldingRange>> compute(DocumentSync sync) {
        return sync.session().server().foldingRange(new FoldingRangeRequestParams(sync.identifier()));
    }

    /** Replaces the folding annotations, keeping the collapsed state of ranges that did not move. */
    public void update(ProjectionAnnotationModel model, IDocument document, List<FoldingRange> ranges) {
        Map<Position, Annotation> wanted = new HashMap<>();
        for (FoldingRange range : ranges) {
            Position position = position(document, range);
            if (position != null) {
                Annotation kept = current.get(position);
                wanted.put(position, kept != null ? kept : new ProjectionAnnotation());
            }
        }
        Annotation[] removed = current.entrySet().stream().filter(e -> !wanted.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toArray(Annotation[]::new);
        Map<Annotation, Position> added = new HashMap<>();
        wanted.forEach((position, annotation) -> {
            if (!current.containsKey(position)) {
                added.put(annotation, position);
            }
        });
        model.modifyAnnotations(removed, added, null);
        current.clear();
        current.putAll(wanted);
    }

    private static Position position(IDocument document, FoldingRange range) {
        try {
            int last = Math.min(range.getEndLine(), document.getNumberOfLines() - 1);
            if (range.getStartLine() >= last) {
                return null;
            }
            int start = document.getLineOffset(range.getStartLine());
            int end = document.getLineOffset(last) + document.getLineLength(last);
            return new Position(start, end - start);
        } catch (BadLocationException e) {
            return null;
        }
    }

    public int size() {
        return current.size();
    }
}
