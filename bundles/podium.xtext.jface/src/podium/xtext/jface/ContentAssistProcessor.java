/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Content assist from the server's completion: keywords, cross references and the language's templates. */
public final class ContentAssistProcessor implements IContentAssistProcessor {
    private static final long TIMEOUT_SECONDS = 5;

    private final Supplier<DocumentSync> sync;
    private String errorMessage;

    public ContentAssistProcessor(Supplier<DocumentSync> sync) {
        this.sync = sync;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        return proposals(sync.get(), viewer.getDocument(), offset).toArray(ICompletionProposal[]::new);
    }

    /** The proposals at an offset, in the server's order; usable without a viewer. */
    public List<CompletionProposal> proposals(DocumentSync documentSync, IDocument document, int offset) {
        errorMessage = null;
        if (documentSync == null) {
            return List.of();
        }
        documentSync.flush();
        CompletionParams params = new CompletionParams(documentSync.identifier(), Positions.toPosition(document, offset));
        try {
            Either<List<CompletionItem>, CompletionList> result = LanguageSession
                    .join(documentSync.session().server().completion(params), TIMEOUT_SECONDS);
            List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
            return items.stream().map(item -> new CompletionProposal(document, item, offset)).toList();
        } catch (IllegalStateException e) {
            errorMessage = String.valueOf(e.getCause() == null ? e : e.getCause());
            return List.of();
        }
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return new IContextInformation[0];
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return new char[0];
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
