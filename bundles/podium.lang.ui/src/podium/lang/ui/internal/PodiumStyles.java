/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

import podium.lang.ide.PodiumHighlightingStyles;
import podium.xtext.jface.TokenStyles;

/**
 * The plan editor's colours: Xtext's lexical style ids, references by the type they name and
 * enum keywords by their enum (numbers with units, qualifiers).
 */
public final class PodiumStyles implements TokenStyles {
    /** Numbers, dates, months and periods of the grammar's terminals all look like numbers. */
    static final Map<String, String> TERMINALS = Map.of("RULE_NUMBER", HighlightingStyles.NUMBER_ID,
            "RULE_DAY", "date", "RULE_MONTH", "date", "RULE_PERIOD", "date");

    private static final Map<String, TextAttribute> STYLES = Map.ofEntries(
            Map.entry(HighlightingStyles.KEYWORD_ID, attribute(127, 0, 85, SWT.BOLD)),
            Map.entry(HighlightingStyles.NUMBER_ID, attribute(0, 82, 204, SWT.NORMAL)),
            Map.entry(HighlightingStyles.STRING_ID, attribute(42, 0, 255, SWT.NORMAL)),
            Map.entry(HighlightingStyles.COMMENT_ID, attribute(63, 127, 95, SWT.ITALIC)),
            Map.entry(HighlightingStyles.TASK_ID, attribute(127, 159, 191, SWT.BOLD)),
            Map.entry(HighlightingStyles.INVALID_TOKEN_ID, attribute(255, 0, 0, SWT.NORMAL)),
            // the language's semantic styles (PodiumSemanticHighlightingCalculator)
            Map.entry(PodiumHighlightingStyles.INDICATOR, attribute(153, 76, 0, SWT.BOLD)),
            Map.entry(PodiumHighlightingStyles.ORGANISATION, attribute(0, 102, 102, SWT.NORMAL)),
            Map.entry(PodiumHighlightingStyles.GROUP, attribute(102, 51, 153, SWT.NORMAL)),
            Map.entry(PodiumHighlightingStyles.PLAN, attribute(153, 76, 0, SWT.NORMAL)),
            Map.entry(PodiumHighlightingStyles.MEETING, attribute(153, 76, 0, SWT.NORMAL)),
            Map.entry(PodiumHighlightingStyles.UNIT, attribute(0, 128, 0, SWT.BOLD)),
            Map.entry(PodiumHighlightingStyles.QUALIFIER, attribute(178, 34, 34, SWT.BOLD)),
            Map.entry(PodiumHighlightingStyles.DECLARATION, attribute(0, 0, 0, SWT.BOLD)),
            // the grammar-derived ones the adapter adds (GrammarHighlighting), same looks
            Map.entry("Indicator", attribute(153, 76, 0, SWT.BOLD)),
            Map.entry("Organisation", attribute(0, 102, 102, SWT.NORMAL)),
            Map.entry("PeerGroup", attribute(102, 51, 153, SWT.NORMAL)),
            Map.entry("Plan", attribute(153, 76, 0, SWT.NORMAL)),
            Map.entry("Meeting", attribute(153, 76, 0, SWT.NORMAL)),
            Map.entry("Unit", attribute(0, 128, 0, SWT.BOLD)),
            Map.entry("Qualifier", attribute(178, 34, 34, SWT.BOLD)),
            Map.entry("date", attribute(0, 82, 204, SWT.ITALIC)));

    private static TextAttribute attribute(int red, int green, int blue, int style) {
        return new TextAttribute(new Color(red, green, blue), null, style);
    }

    @Override
    public TextAttribute attributeFor(String styleId) {
        return STYLES.get(styleId);
    }
}
