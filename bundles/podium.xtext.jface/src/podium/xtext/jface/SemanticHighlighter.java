/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Adds the language's semantic highlighting (references by kind, numbers with units...) on top of
 * the lexical colours after each validation of the document.
 */
public final class SemanticHighlighter implements ITextPresentationListener {
    private static final String CATEGORY = "podium.xtext.jface.semantic";

    private final ISourceViewer viewer;
    private final TokenStyles styles;
    private final DefaultPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
    private List<StyledPosition> positions = List.of();

    /** A highlighted range that moves with edits until the next computation replaces it. */
    private static final class StyledPosition extends Position {
        final TextAttribute attribute;

        StyledPosition(int offset, int length, TextAttribute attribute) {
            super(offset, length);
            this.attribute = attribute;
        }
    }

    public SemanticHighlighter(ISourceViewer viewer, TokenStyles styles) {
        this.viewer = viewer;
        this.styles = styles;
        ((ITextViewerExtension4) viewer).addTextPresentationListener(this);
    }

    /** A range the language's calculator highlighted with one style id. */
    public record Highlight(int offset, int length, String styleId) {
    }

    /** Computes highlighted ranges from the server's parse of the document; call from any thread. */
    public static CompletableFuture<List<Highlight>> compute(LanguageSession session, String uri) {
        ISemanticHighlightingCalculator calculator = session.languageInjector()
                .getInstance(ISemanticHighlightingCalculator.class);
        return session.read(uri, (document, resource) -> {
            List<Highlight> highlights = new ArrayList<>();
            IHighlightedPositionAcceptor acceptor = (offset, length, ids) -> {
                for (String id : ids) {
                    highlights.add(new Highlight(offset, length, id));
                }
            };
            GrammarHighlighting.provide(resource, acceptor, CancelIndicator.NullImpl);
            calculator.provideHighlightingFor(resource, acceptor, CancelIndicator.NullImpl);
            return highlights;
        });
    }

    /** Replaces the highlighted ranges; call on the UI thread while the document matches the parse. */
    public void update(List<Highlight> highlights) {
        IDocument document = viewer.getDocument();
        if (document == null) {
            return;
        }
        clear(document);
        List<StyledPosition> fresh = new ArrayList<>();
        for (Highlight highlight : highlights) {
            TextAttribute attribute = styles.attributeFor(highlight.styleId());
            if (attribute != null && highlight.offset() + highlight.length() <= document.getLength()) {
                fresh.add(new StyledPosition(highlight.offset(), highlight.length(), attribute));
            }
        }
        install(document, fresh);
        viewer.invalidateTextPresentation();
    }

    private void install(IDocument document, List<StyledPosition> fresh) {
        document.addPositionCategory(CATEGORY);
        document.addPositionUpdater(updater);
        try {
            for (StyledPosition position : fresh) {
                document.addPosition(CATEGORY, position);
            }
        } catch (BadLocationException | BadPositionCategoryException e) {
            throw new IllegalStateException(e);
        }
        positions = fresh;
    }

    private void clear(IDocument document) {
        try {
            if (document.containsPositionCategory(CATEGORY)) {
                document.removePositionCategory(CATEGORY);
            }
        } catch (BadPositionCategoryException e) {
            throw new IllegalStateException(e);
        }
        document.removePositionUpdater(updater);
        positions = List.of();
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IRegion extent = presentation.getExtent();
        int end = extent.getOffset() + extent.getLength();
        List<StyleRange> ranges = new ArrayList<>();
        for (StyledPosition position : positions) {
            if (!position.isDeleted() && position.getLength() > 0 && position.getOffset() < end
                    && position.getOffset() + position.getLength() > extent.getOffset()) {
                TextAttribute a = position.attribute;
                StyleRange range = new StyleRange(position.getOffset(), position.getLength(), a.getForeground(),
                        a.getBackground(), a.getStyle() & (org.eclipse.swt.SWT.BOLD | org.eclipse.swt.SWT.ITALIC));
                range.underline = (a.getStyle() & TextAttribute.UNDERLINE) != 0;
                ranges.add(range);
            }
        }
        presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    public void dispose() {
        ((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
        IDocument document = viewer.getDocument();
        if (document != null) {
            clear(document);
        }
    }
}
