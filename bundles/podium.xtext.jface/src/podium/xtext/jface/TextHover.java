/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Hover text: the problems at the mouse, then the server's hover (documentation, the language's facts). */
public final class TextHover implements ITextHover {
    private static final long TIMEOUT_SECONDS = 3;

    private final Supplier<DocumentSync> sync;

    public TextHover(Supplier<DocumentSync> sync) {
        this.sync = sync;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return new Region(offset, 0);
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        return hoverText(sync.get(), viewer.getDocument(), region.getOffset());
    }

    /** The hover text at an offset, or null when there is nothing to say. */
    public static String hoverText(DocumentSync documentSync, IDocument document, int offset) {
        if (documentSync == null) {
            return null;
        }
        documentSync.flush();
        List<String> parts = new ArrayList<>();
        for (Diagnostic diagnostic : documentSync.session().diagnostics(documentSync.uri())) {
            if (Positions.contains(document, diagnostic.getRange(), offset)) {
                parts.add(Diagnostics.describe(diagnostic));
            }
        }
        HoverParams params = new HoverParams(documentSync.identifier(), Positions.toPosition(document, offset));
        try {
            Hover hover = LanguageSession.join(documentSync.session().server().hover(params), TIMEOUT_SECONDS);
            String text = hover == null ? null : text(hover);
            if (text != null && !text.isBlank()) {
                parts.add(text.strip());
            }
        } catch (IllegalStateException e) {
            // A hover that fails says nothing rather than interrupting the user.
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private static String text(Hover hover) {
        if (hover.getContents() == null) {
            return null;
        }
        if (hover.getContents().isRight()) {
            return hover.getContents().getRight().getValue();
        }
        StringBuilder text = new StringBuilder();
        for (Either<String, MarkedString> part : hover.getContents().getLeft()) {
            text.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
        }
        return text.toString();
    }
}
