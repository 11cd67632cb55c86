/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.projects;

import static podium.model.ModelPackage.Literals.PROJECT__TITLE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Project;

/** PDM-J006: a project names its leader in charge (挂点领导). */
@Definition(code = IssueCodes.PROJECT_WITHOUT_LEADER, severity = Severity.INFO, category = Category.PROJECTS,
        elements = Project.class, messages = Texts.FILE)
public final class ProjectWithoutLeader implements Inspection<Project> {

    @Override
    public void check(Project project, InspectionContext context) {
        if (project.getLeader() == null || project.getLeader().isBlank()) {
            context.report(project, PROJECT__TITLE, project.getTitle());
        }
    }
}
