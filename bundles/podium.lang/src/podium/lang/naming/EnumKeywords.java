/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.naming;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import podium.lang.services.PodiumGrammarAccess;

/**
 * The word users write for an enum value ({@code cumulative}, {@code 签约}), read from the grammar's
 * enum rules, since the model's literals are Java-style names ({@code FLOW}, {@code SIGNED}); messages,
 * hovers and quick fixes all name values this way.
 */
@Singleton
public class EnumKeywords {
    private final Map<String, String> keywords = new HashMap<>();

    @Inject
    public EnumKeywords(PodiumGrammarAccess grammar) {
        for (EnumRule rule : GrammarUtil.allEnumRules(grammar.getGrammar())) {
            String type = rule.getType().getClassifier().getName();
            for (EnumLiteralDeclaration literal : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(rule,
                    EnumLiteralDeclaration.class)) {
                keywords.put(type + '.' + literal.getEnumLiteral().getName(), literal.getLiteral().getValue());
            }
        }
    }

    /** The keyword for a value, or its model literal when the grammar does not write it. */
    public String of(Enumerator value) {
        return keywords.getOrDefault(value.getClass().getSimpleName() + '.' + value.getName(), value.getLiteral());
    }
}
