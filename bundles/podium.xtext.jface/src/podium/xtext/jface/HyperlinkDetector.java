/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Ctrl+click and F3: links a reference to its definition, found by the server across the workspace. */
public final class HyperlinkDetector extends AbstractHyperlinkDetector {
    private static final long TIMEOUT_SECONDS = 3;

    private final Supplier<DocumentSync> sync;

    public HyperlinkDetector(Supplier<DocumentSync> sync) {
        this.sync = sync;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        IDocument document = viewer.getDocument();
        List<Location> targets = definitions(sync.get(), document, region.getOffset());
        if (targets.isEmpty()) {
            return null;
        }
        IRegion word = word(document, region.getOffset());
        return targets.stream().map(target -> new LocationHyperlink(word, target)).toArray(IHyperlink[]::new);
    }

    /** The definitions of the reference at an offset; empty when there is none. */
    public static List<Location> definitions(DocumentSync documentSync, IDocument document, int offset) {
        if (documentSync == null) {
            return List.of();
        }
        documentSync.flush();
        DefinitionParams params = new DefinitionParams(documentSync.identifier(), Positions.toPosition(document, offset));
        try {
            Either<List<? extends Location>, List<? extends LocationLink>> result = LanguageSession
                    .join(documentSync.session().server().definition(params), TIMEOUT_SECONDS);
            if (result == null) {
                return List.of();
            }
            return result.isLeft() ? List.copyOf(result.getLeft())
                    : result.getRight().stream().map(l -> new Location(l.getTargetUri(), l.getTargetSelectionRange())).toList();
        } catch (IllegalStateException e) {
            return List.of();
        }
    }

    /** The identifier around an offset (letters of any script, digits, '_' and '.'), to underline. */
    static IRegion word(IDocument document, int offset) {
        try {
            int start = offset;
            while (start > 0 && isNamePart(document.getChar(start - 1))) {
                start--;
            }
            int end = offset;
            while (end < document.getLength() && isNamePart(document.getChar(end))) {
                end++;
            }
            return new Region(start, end - start);
        } catch (BadLocationException e) {
            return new Region(offset, 0);
        }
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    /** A link to one definition. */
    private static final class LocationHyperlink implements IHyperlink {
        private final IRegion region;
        private final Location target;

        LocationHyperlink(IRegion region, Location target) {
            this.region = region;
            this.target = target;
        }

        @Override
        public IRegion getHyperlinkRegion() {
            return region;
        }

        @Override
        public String getTypeLabel() {
            return null;
        }

        @Override
        public String getHyperlinkText() {
            return Uris.toPath(target.getUri()).getFileName() + ":" + (target.getRange().getStart().getLine() + 1);
        }

        @Override
        public void open() {
            Locations.open(target);
        }
    }
}
