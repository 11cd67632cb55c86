/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.meetings;

import static podium.model.ModelPackage.Literals.MEETING__DATE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Meeting;
import podium.model.Plan;

/** PDM-C001: a meeting's date lies within the period of its plan (or the workspace's). */
@Definition(code = IssueCodes.MEETING_OUTSIDE_PERIOD, severity = Severity.WARNING, category = Category.MEETINGS,
        elements = Meeting.class, messages = Texts.FILE)
public final class MeetingOutsidePeriod implements Inspection<Meeting> {

    @Override
    public void check(Meeting meeting, InspectionContext context) {
        Plan plan = meeting.getPlan() != null && !meeting.getPlan().eIsProxy() ? meeting.getPlan() : context.plan();
        if (plan != null && plan.getPeriod() != null && meeting.getDate() != null
                && !plan.getPeriod().contains(meeting.getDate())) {
            context.report(meeting, MEETING__DATE, meeting.getDate(), plan.getPeriod());
        }
    }
}
