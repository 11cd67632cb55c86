/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;

/** Find references and rename, across every file of the workspace the server indexes. */
public final class Refactorings {
    private static final long TIMEOUT_SECONDS = 30;

    private Refactorings() {
    }

    /** The references to the element at an offset, declaration excluded. */
    public static List<Location> references(DocumentSync sync, int offset) {
        sync.flush();
        ReferenceParams params = new ReferenceParams(sync.identifier(), Positions.toPosition(sync.document(), offset),
                new ReferenceContext(false));
        List<? extends Location> found = LanguageSession.join(sync.session().server().references(params), TIMEOUT_SECONDS);
        return found == null ? List.of() : List.copyOf(found);
    }

    /** The name that a rename at an offset would change, or null when nothing there can be renamed. */
    public static Range renameRange(DocumentSync sync, int offset) {
        sync.flush();
        PrepareRenameParams params = new PrepareRenameParams(sync.identifier(), Positions.toPosition(sync.document(), offset));
        Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> result = LanguageSession
                .join(sync.session().server().prepareRename(params), TIMEOUT_SECONDS);
        if (result == null) {
            return null;
        }
        if (result.isFirst()) {
            return result.getFirst();
        }
        if (result.isSecond()) {
            return result.getSecond().getRange();
        }
        // "Default behaviour": the server accepts a rename at the identifier around the offset.
        IRegion word = HyperlinkDetector.word(sync.document(), offset);
        return word.getLength() == 0 ? null : new Range(Positions.toPosition(sync.document(), word.getOffset()),
                Positions.toPosition(sync.document(), word.getOffset() + word.getLength()));
    }

    /** The edits that rename the element at an offset in its declaration and in every reference. */
    public static WorkspaceEdit rename(DocumentSync sync, int offset, String newName) {
        sync.flush();
        RenameParams params = new RenameParams(sync.identifier(), Positions.toPosition(sync.document(), offset), newName);
        return LanguageSession.join(sync.session().server().rename(params), TIMEOUT_SECONDS);
    }
}
