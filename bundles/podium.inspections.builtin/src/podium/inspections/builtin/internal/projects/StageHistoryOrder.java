/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.projects;

import static podium.model.ModelPackage.Literals.PROJECT__STAGE;
import static podium.model.ModelPackage.Literals.STAGE_CHANGE__STAGE;

import java.util.List;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Project;
import podium.model.StageChange;

/** PDM-J003: a project's stage changes go forward in the pipeline and in time, and end at its current stage. */
@Definition(code = IssueCodes.STAGE_HISTORY_ORDER, severity = Severity.ERROR, category = Category.PROJECTS,
        elements = Project.class, messages = Texts.FILE)
public final class StageHistoryOrder implements Inspection<Project> {

    @Override
    public void check(Project project, InspectionContext context) {
        List<StageChange> changes = project.getStageChanges();
        for (int i = 1; i < changes.size(); i++) {
            StageChange before = changes.get(i - 1);
            StageChange after = changes.get(i);
            if (after.getStage().getValue() < before.getStage().getValue() || after.getDate() != null
                    && before.getDate() != null && after.getDate().isBefore(before.getDate())) {
                context.report(after, STAGE_CHANGE__STAGE, context.word(after.getStage()));
            }
        }
        StageChange last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
        if (last != null && last.getStage() != project.getStage()) {
            context.finding(project, PROJECT__STAGE).message("endsElsewhere") //$NON-NLS-1$
                    .report(context.word(last.getStage()), context.word(project.getStage()));
        }
    }
}
