/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import podium.xtext.jface.internal.Snippet;

/** One completion item of the server, applied as its text edit; templates select their first placeholder. */
public final class CompletionProposal implements ICompletionProposal, ICompletionProposalExtension2 {
    private final CompletionItem item;
    private final int replaceOffset;
    private final int replaceEndAtInvocation;
    private final int invocationOffset;
    private final Snippet snippet;
    private Point selection;

    CompletionProposal(IDocument document, CompletionItem item, int invocationOffset) {
        this.item = item;
        this.invocationOffset = invocationOffset;
        TextEdit edit = item.getTextEdit() != null && item.getTextEdit().isLeft() ? item.getTextEdit().getLeft() : null;
        if (edit != null) {
            IRegion region = Positions.toRegion(document, edit.getRange());
            replaceOffset = region.getOffset();
            replaceEndAtInvocation = region.getOffset() + region.getLength();
        } else {
            replaceOffset = invocationOffset;
            replaceEndAtInvocation = invocationOffset;
        }
        String text = edit != null ? edit.getNewText() : item.getInsertText() != null ? item.getInsertText() : item.getLabel();
        snippet = item.getInsertTextFormat() == InsertTextFormat.Snippet ? Snippet.parse(text) : new Snippet(text, text.length(), 0);
    }

    public CompletionItem item() {
        return item;
    }

    /** The text this proposal inserts, placeholders filled with their defaults. */
    public String replacement() {
        return snippet.text();
    }

    @Override
    public void apply(IDocument document) {
        apply(document, invocationOffset);
    }

    @Override
    public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
        apply(viewer.getDocument(), offset);
    }

    private void apply(IDocument document, int offset) {
        // Characters typed while the popup was open extend the replaced range.
        int end = Math.max(replaceEndAtInvocation + (offset - invocationOffset), offset);
        try {
            document.replace(replaceOffset, Math.min(end, document.getLength()) - replaceOffset, snippet.text());
            selection = new Point(replaceOffset + snippet.selectionOffset(), snippet.selectionLength());
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean validate(IDocument document, int offset, DocumentEvent event) {
        if (offset < replaceOffset) {
            return false;
        }
        try {
            String typed = document.get(replaceOffset, offset - replaceOffset).toLowerCase(Locale.ROOT);
            String filter = item.getFilterText() != null ? item.getFilterText() : item.getLabel();
            return filter.toLowerCase(Locale.ROOT).startsWith(typed) || snippet.text().toLowerCase(Locale.ROOT).startsWith(typed);
        } catch (BadLocationException e) {
            return false;
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        return selection;
    }

    @Override
    public String getAdditionalProposalInfo() {
        return item.getDocumentation() == null ? item.getDetail()
                : item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
                : item.getDocumentation().getRight().getValue();
    }

    @Override
    public String getDisplayString() {
        return item.getDetail() == null || item.getDetail().isEmpty() ? item.getLabel()
                : item.getLabel() + " \u2014 " + item.getDetail();
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }

    @Override
    public void selected(ITextViewer viewer, boolean smartToggle) {
        // No preview while browsing proposals.
    }

    @Override
    public void unselected(ITextViewer viewer) {
        // No preview while browsing proposals.
    }
}
