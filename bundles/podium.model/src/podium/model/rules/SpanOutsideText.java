/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.ImportProblem;
import podium.model.ModelPackage;
import podium.model.Repair;
import podium.model.Speech;
import podium.model.TextSpan;

/** PDM-S001: sections, paragraphs and figures point inside the speech's text. */
public final class SpanOutsideText extends AbstractRule<TextSpan> {

    public SpanOutsideText() {
        super(TextSpan.class, "PDM-S001", Severity.ERROR, "Text span outside the speech",
                "%s at offset %d length %d lies outside the text (%d characters)");
    }

    @Override
    public List<Finding> check(TextSpan span) {
        Speech speech = speechOf(span);
        if (speech == null) {
            return List.of();
        }
        boolean original = span instanceof ImportProblem || span instanceof Repair;
        String text = original ? speech.getOriginalText() : speech.getText();
        if (text == null) {
            return List.of();
        }
        long end = (long) span.getOffset() + span.getLength();
        if (span.getOffset() < 0 || span.getLength() < 0 || end > text.length()) {
            return finding(span, ModelPackage.Literals.TEXT_SPAN__OFFSET, span.eClass().getName(), span.getOffset(),
                    span.getLength(), text.length());
        }
        return List.of();
    }

    private static Speech speechOf(TextSpan span) {
        for (Object o = span.eContainer(); o != null; o = ((org.eclipse.emf.ecore.EObject) o).eContainer()) {
            if (o instanceof Speech speech) {
                return speech;
            }
        }
        return null;
    }
}
