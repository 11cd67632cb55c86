/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.meetings;

import static podium.model.ModelPackage.Literals.TEXT_SPAN__OFFSET;

import org.eclipse.emf.ecore.EObject;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.ImportProblem;
import podium.model.Repair;
import podium.model.Speech;
import podium.model.TextSpan;

/** PDM-C003: an imported speech's sections, paragraphs and figures point inside its text (repairs and import problems inside the original text). */
@Definition(code = IssueCodes.SPAN_OUTSIDE_TEXT, severity = Severity.ERROR, category = Category.MEETINGS,
        elements = TextSpan.class, messages = Texts.FILE)
public final class SpanOutsideText implements Inspection<TextSpan> {

    @Override
    public void check(TextSpan span, InspectionContext context) {
        Speech speech = speechOf(span);
        if (speech == null) {
            return;
        }
        boolean original = span instanceof ImportProblem || span instanceof Repair;
        String text = original ? speech.getOriginalText() : speech.getText();
        if (text == null) {
            return;
        }
        long end = (long) span.getOffset() + span.getLength();
        if (span.getOffset() < 0 || span.getLength() < 0 || end > text.length()) {
            context.report(span, TEXT_SPAN__OFFSET, Texts.kind(span.eClass()), span.getOffset(), span.getLength(),
                    text.length());
        }
    }

    private static Speech speechOf(TextSpan span) {
        for (EObject o = span.eContainer(); o != null; o = o.eContainer()) {
            if (o instanceof Speech speech) {
                return speech;
            }
        }
        return null;
    }
}
