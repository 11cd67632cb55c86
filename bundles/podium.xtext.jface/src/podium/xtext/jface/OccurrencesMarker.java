/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.swt.widgets.Display;

/** Marks every occurrence of the element under the caret (its definition and all references in the file). */
public final class OccurrencesMarker implements ISelectionChangedListener {
    public static final String ANNOTATION_TYPE = "podium.xtext.jface.occurrences";

    private final ISourceViewer viewer;
    private final Supplier<DocumentSync> sync;
    private Annotation[] current = new Annotation[0];
    private int request;

    public OccurrencesMarker(ISourceViewer viewer, Supplier<DocumentSync> sync) {
        this.viewer = viewer;
        this.sync = sync;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        DocumentSync documentSync = sync.get();
        IDocument document = viewer.getDocument();
        if (documentSync == null || document == null || !(event.getSelection() instanceof ITextSelection selection)) {
            return;
        }
        documentSync.flush();
        int ticket = ++request;
        DocumentHighlightParams params = new DocumentHighlightParams(documentSync.identifier(),
                Positions.toPosition(document, selection.getOffset()));
        Display display = Display.getCurrent();
        documentSync.session().server().documentHighlight(params).thenAccept(highlights -> display.asyncExec(() -> {
            // Only the answer to the latest caret move counts, and only if nothing was typed meanwhile.
            if (ticket == request && documentSync.isInSync() && viewer.getTextWidget() != null
                    && !viewer.getTextWidget().isDisposed()) {
                show(document, highlights);
            }
        }));
    }

    private void show(IDocument document, List<? extends DocumentHighlight> highlights) {
        IAnnotationModel model = viewer.getAnnotationModel();
        if (!(model instanceof IAnnotationModelExtension extension)) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (DocumentHighlight highlight : highlights == null ? List.<DocumentHighlight>of() : highlights) {
            IRegion region = Positions.toRegion(document, highlight.getRange());
            added.put(new Annotation(ANNOTATION_TYPE, false, null), new Position(region.getOffset(), region.getLength()));
        }
        extension.replaceAnnotations(current, added);
        current = added.keySet().toArray(Annotation[]::new);
    }

    /** The number of occurrences marked now, for tests. */
    public int markedCount() {
        return current.length;
    }
}
