/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ui.internal;

import java.util.Map;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

import podium.lang.ide.PodiumHighlightingStyles;
import podium.xtext.jface.TokenStyles;

/**
 * The plan editor's colours: Xtext's lexical style ids, references by the type they name and
 * enum keywords by their enum (numbers with units, qualifiers). The colours themselves are the
 * workbench theme's ({@code org.eclipse.ui.themes} colour definitions in plugin.xml, with the dark
 * theme's values in {@code css/dark.css}), so they follow the theme and can be changed in Settings ▸
 * Appearance ▸ Colors and Fonts.
 */
public final class PodiumStyles implements TokenStyles {
    /** Numbers, dates, months and periods of the grammar's terminals all look like numbers. */
    static final Map<String, String> TERMINALS = Map.of("RULE_NUMBER", HighlightingStyles.NUMBER_ID,
            "RULE_DAY", "date", "RULE_MONTH", "date", "RULE_PERIOD", "date");

    /** The prefix of the colour definitions' ids. */
    static final String COLOR = "podium.lang.ui.color."; //$NON-NLS-1$

    /** A style's colour (a colour definition's id after {@link #COLOR}) and font style. */
    record Look(String color, int fontStyle) {
    }

    private static final Map<String, Look> LOOKS = Map.ofEntries(
            Map.entry(HighlightingStyles.KEYWORD_ID, new Look("keyword", SWT.BOLD)),
            Map.entry(HighlightingStyles.NUMBER_ID, new Look("number", SWT.NORMAL)),
            Map.entry(HighlightingStyles.STRING_ID, new Look("string", SWT.NORMAL)),
            Map.entry(HighlightingStyles.COMMENT_ID, new Look("comment", SWT.ITALIC)),
            Map.entry(HighlightingStyles.TASK_ID, new Look("task", SWT.BOLD)),
            Map.entry(HighlightingStyles.INVALID_TOKEN_ID, new Look("invalid", SWT.NORMAL)),
            // the language's semantic styles (PodiumSemanticHighlightingCalculator)
            Map.entry(PodiumHighlightingStyles.INDICATOR, new Look("indicator", SWT.BOLD)),
            Map.entry(PodiumHighlightingStyles.ORGANISATION, new Look("organisation", SWT.NORMAL)),
            Map.entry(PodiumHighlightingStyles.GROUP, new Look("group", SWT.NORMAL)),
            Map.entry(PodiumHighlightingStyles.PLAN, new Look("plan", SWT.NORMAL)),
            Map.entry(PodiumHighlightingStyles.MEETING, new Look("plan", SWT.NORMAL)),
            Map.entry(PodiumHighlightingStyles.UNIT, new Look("unit", SWT.BOLD)),
            Map.entry(PodiumHighlightingStyles.QUALIFIER, new Look("qualifier", SWT.BOLD)),
            Map.entry(PodiumHighlightingStyles.DECLARATION, new Look("declaration", SWT.BOLD)),
            // the grammar-derived ones the adapter adds (GrammarHighlighting), same looks
            Map.entry("Indicator", new Look("indicator", SWT.BOLD)),
            Map.entry("Organisation", new Look("organisation", SWT.NORMAL)),
            Map.entry("PeerGroup", new Look("group", SWT.NORMAL)),
            Map.entry("Plan", new Look("plan", SWT.NORMAL)),
            Map.entry("Meeting", new Look("plan", SWT.NORMAL)),
            Map.entry("Unit", new Look("unit", SWT.BOLD)),
            Map.entry("Qualifier", new Look("qualifier", SWT.BOLD)),
            Map.entry("date", new Look("number", SWT.ITALIC)));

    @Override
    public TextAttribute attributeFor(String styleId) {
        Look look = LOOKS.get(styleId);
        return look == null ? null : new TextAttribute(colors().get(COLOR + look.color()), null, look.fontStyle());
    }

    /** Whether a theme change affects the editor's colours. */
    static boolean isEditorColor(String themeProperty) {
        return themeProperty.startsWith(COLOR);
    }

    /** The current theme's colours; without a workbench, JFace's (where the definitions are missing: default colour). */
    private static ColorRegistry colors() {
        return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry()
                : JFaceResources.getColorRegistry();
    }
}
