/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.meetings;

import static podium.model.ModelPackage.Literals.SPEECH__MEETING;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Meeting;
import podium.model.Speech;

/** PDM-C002: a speech written inside a meeting names no other meeting with at. */
@Definition(code = IssueCodes.SPEECH_MEETING_CONFLICT, severity = Severity.ERROR, category = Category.MEETINGS,
        elements = Speech.class, messages = Texts.FILE)
public final class SpeechMeetingConflict implements Inspection<Speech> {

    @Override
    public void check(Speech speech, InspectionContext context) {
        if (speech.eContainer() instanceof Meeting container && speech.getMeeting() != null
                && speech.getMeeting() != container) {
            context.report(speech, SPEECH__MEETING, container.getName());
        }
    }
}
