/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic colours any Xtext grammar yields without language code: a reference gets the name of the
 * type it refers to ({@code Indicator}, {@code Organisation}...), a keyword of an enum rule the name
 * of the enum ({@code Unit}, {@code Qualifier}...), so "numbers with units" and "references by kind"
 * stand out. A language's own calculator runs afterwards and wins where both colour a range.
 */
public final class GrammarHighlighting {
    private GrammarHighlighting() {
    }

    public static void provide(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
        if (resource == null || resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
            return;
        }
        int lastEnd = -1;
        for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
            if (cancel.isCanceled()) {
                return;
            }
            String styleId = styleId(node.getGrammarElement());
            // A composite and its single leaf may both qualify: colour the range once.
            if (styleId != null && node.getLength() > 0 && node.getOffset() >= lastEnd) {
                acceptor.addPosition(node.getOffset(), node.getLength(), styleId);
                lastEnd = node.getOffset() + node.getLength();
            }
        }
    }

    /** The style of a grammar element, or null for elements left to lexical colouring. */
    static String styleId(EObject grammarElement) {
        if (grammarElement instanceof CrossReference reference && reference.getType() != null
                && reference.getType().getClassifier() != null) {
            return reference.getType().getClassifier().getName();
        }
        // An enum literal's leaf belongs to the rule call, or to the literal inside the enum rule.
        EnumRule rule = grammarElement instanceof RuleCall call && call.getRule() instanceof EnumRule called ? called
                : grammarElement instanceof Keyword || grammarElement instanceof EnumLiteralDeclaration
                        ? GrammarUtil.containingEnumRule(grammarElement) : null;
        return rule != null && rule.getType() != null && rule.getType().getClassifier() != null
                ? rule.getType().getClassifier().getName() : null;
    }
}
