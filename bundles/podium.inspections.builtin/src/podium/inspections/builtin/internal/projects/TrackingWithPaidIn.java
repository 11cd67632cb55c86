/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.projects;

import static podium.model.ModelPackage.Literals.PROJECT__PAID_IN_AMOUNT;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Quantities;
import podium.model.Project;
import podium.model.ProjectStage;

/** PDM-J004: a project still in talks (在谈) has no paid-in capital yet. */
@Definition(code = IssueCodes.TRACKING_WITH_PAID_IN, severity = Severity.WARNING, category = Category.PROJECTS,
        elements = Project.class, messages = Texts.FILE)
public final class TrackingWithPaidIn implements Inspection<Project> {

    @Override
    public void check(Project project, InspectionContext context) {
        if (project.getStage() == ProjectStage.TRACKING && Quantities.hasValue(project.getPaidInAmount())
                && project.getPaidInAmount().getValue().signum() > 0) {
            context.report(project, PROJECT__PAID_IN_AMOUNT);
        }
    }
}
