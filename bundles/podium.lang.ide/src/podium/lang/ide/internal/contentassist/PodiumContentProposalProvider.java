/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.contentassist;

import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

import podium.lang.ide.internal.IndicatorContext;
import podium.lang.ide.internal.Messages;
import podium.lang.services.PodiumGrammarAccess;
import podium.lang.internal.FirstStatement;
import podium.model.PlanningFile;
import podium.model.Unit;

/**
 * Podium's content assist: the generic keywords and cross references, units described and the
 * unit of the indicator at hand first, qualifiers explained, and statement templates next to the
 * keywords that start them.
 */
public class PodiumContentProposalProvider extends IdeContentProposalProvider {
    private static final int PREFERRED_BONUS = 20;

    @Inject
    private PodiumGrammarAccess grammar;

    @Inject
    private PodiumTemplates templates;

    @Override
    protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if (keyword == grammar.getImportAccess().getImportKeyword_0() && belowFirstStatement(context)) {
            return; // allowed there, but PDM-L002 would warn about it
        }
        EnumRule enumRule = GrammarUtil.containingEnumRule(keyword);
        if (enumRule == grammar.getUnitRule()) {
            acceptUnit(keyword, context, acceptor);
        } else if (enumRule == grammar.getQualifierRule()) {
            acceptDescribed(keyword, Vocabulary.qualifier(keyword.getValue()), context, acceptor, 0);
        } else if (Vocabulary.described(keyword.getValue()) != null) {
            acceptDescribed(keyword, Vocabulary.described(keyword.getValue()), context, acceptor, 0);
        } else {
            super._createProposals(keyword, context, acceptor);
        }
        templates.propose(keyword, context, acceptor);
    }

    private static boolean belowFirstStatement(ContentAssistContext context) {
        return context.getRootModel() instanceof PlanningFile file && FirstStatement.startsBefore(file, context.getOffset());
    }

    private void acceptUnit(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        Unit expected = IndicatorContext.indicatorUnit(context.getCurrentModel());
        boolean preferred = expected != null && expected.getLiteral().equals(keyword.getValue());
        String description = preferred ? Messages.PodiumContentProposalProvider_unitOfIndicator
                : Messages.PodiumContentProposalProvider_unit;
        acceptDescribed(keyword, description, context, acceptor, preferred ? PREFERRED_BONUS : 0);
    }

    private void acceptDescribed(Keyword keyword, String description, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor, int bonus) {
        ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context);
        if (entry == null) {
            return;
        }
        entry.setKind(ContentAssistEntry.KIND_KEYWORD);
        entry.setDescription(description);
        acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry) + bonus);
    }
}
