/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.xtext.jface.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TypedRegion;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.junit.jupiter.api.Test;

import podium.lang.tools.PodiumLanguage;
import podium.xtext.jface.Partitioning;
import podium.xtext.jface.XtextSourceViewerConfiguration;

/** A theme switched while an editor is open recolours its strings and comments too, not only its code. */
class ThemeColoursTest {

    @Test
    void stringsAndCommentsTakeTheStylesColourAtEachRepair() {
        Color light = new Color(0, 0, 160);
        Color dark = new Color(120, 200, 120);
        AtomicReference<Color> stringColour = new AtomicReference<>(light);
        XtextSourceViewerConfiguration configuration = new XtextSourceViewerConfiguration(new PreferenceStore(),
                PodiumLanguage.injector(), styleId -> HighlightingStyles.STRING_ID.equals(styleId)
                        || HighlightingStyles.COMMENT_ID.equals(styleId) ? new TextAttribute(stringColour.get()) : null,
                () -> null, sync -> null);
        IPresentationReconciler reconciler = configuration.getPresentationReconciler(null);
        Document document = new Document("plan p \"计划\" // 说明\n");

        for (String partition : new String[] {Partitioning.STRING, Partitioning.COMMENT}) {
            IPresentationRepairer repairer = reconciler.getRepairer(partition);
            repairer.setDocument(document);
            assertThat(foreground(repairer, partition)).as(partition).isEqualTo(light);
            stringColour.set(dark);
            assertThat(foreground(repairer, partition)).as(partition + " after the switch").isEqualTo(dark);
            stringColour.set(light);
        }
    }

    private static Color foreground(IPresentationRepairer repairer, String partition) {
        TextPresentation presentation = new TextPresentation();
        repairer.createPresentation(presentation, new TypedRegion(7, 4, partition));
        return presentation.getFirstStyleRange().foreground;
    }
}
