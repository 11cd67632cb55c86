/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

import com.google.inject.Binder;

import podium.lang.ide.internal.contentassist.PodiumContentProposalProvider;
import podium.lang.ide.internal.highlighting.PodiumSemanticHighlightingCalculator;
import podium.lang.ide.internal.hover.PodiumHoverService;
import podium.lang.ide.internal.quickfix.OrderedCodeActionService;
import podium.lang.ide.internal.quickfix.PodiumQuickfixProvider;
import podium.lang.ide.internal.symbols.PodiumSymbolDetails;
import podium.lang.ide.internal.symbols.PodiumSymbolKinds;
import podium.lang.ide.internal.symbols.PodiumSymbolNames;

/**
 * Podium's editor-neutral services: semantic highlighting, content assist with units, qualifiers
 * and templates, hover with target progress, outline symbols and quick fixes as code actions.
 */
public class PodiumIdeModule extends AbstractPodiumIdeModule {

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return PodiumSemanticHighlightingCalculator.class;
    }

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return PodiumContentProposalProvider.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return PodiumHoverService.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return OrderedCodeActionService.class;
    }

    public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
        return PodiumQuickfixProvider.class;
    }

    public void configureDocumentSymbols(Binder binder) {
        binder.bind(DocumentSymbolMapper.DocumentSymbolNameProvider.class).to(PodiumSymbolNames.class);
        binder.bind(DocumentSymbolMapper.DocumentSymbolKindProvider.class).to(PodiumSymbolKinds.class);
        binder.bind(DocumentSymbolMapper.DocumentSymbolDetailsProvider.class).to(PodiumSymbolDetails.class);
    }
}
