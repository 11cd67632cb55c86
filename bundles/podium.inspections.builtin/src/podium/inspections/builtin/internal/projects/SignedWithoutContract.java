/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.projects;

import static podium.model.ModelPackage.Literals.PROJECT__STAGE;
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

/** PDM-J002: a signed project (签约 or later) states its contract amount, which the 三率 need. */
@Definition(code = IssueCodes.SIGNED_WITHOUT_CONTRACT, severity = Severity.WARNING, category = Category.PROJECTS,
        elements = Project.class, messages = Texts.FILE)
public final class SignedWithoutContract implements Inspection<Project> {

    @Override
    public void check(Project project, InspectionContext context) {
        if (project.getStage().getValue() >= ProjectStage.SIGNED_VALUE && !Quantities.hasValue(project.getContractAmount())) {
            context.report(project, PROJECT__STAGE, context.word(project.getStage()));
        }
    }
}
