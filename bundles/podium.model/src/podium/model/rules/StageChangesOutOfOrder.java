/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.ModelPackage;
import podium.model.Project;
import podium.model.StageChange;

/** PDM-P002: a project's stage changes go forward in time and in the pipeline, ending at its current stage. */
public final class StageChangesOutOfOrder extends AbstractRule<Project> {

    public StageChangesOutOfOrder() {
        super(Project.class, "PDM-P002", Severity.WARNING, "Stage changes out of order",
                "stage changes of %s are inconsistent: %s");
    }

    @Override
    public List<Finding> check(Project project) {
        List<StageChange> changes = project.getStageChanges();
        for (int i = 1; i < changes.size(); i++) {
            StageChange before = changes.get(i - 1);
            StageChange after = changes.get(i);
            if (before.getDate() != null && after.getDate() != null && after.getDate().isBefore(before.getDate())) {
                return finding(project, ModelPackage.Literals.PROJECT__STAGE_CHANGES,
                        PaidInBeyondContract.title(project), after.getStage() + " on " + after.getDate()
                                + " is dated before " + before.getStage() + " on " + before.getDate());
            }
        }
        if (!changes.isEmpty() && changes.get(changes.size() - 1).getStage() != project.getStage()) {
            return finding(project, ModelPackage.Literals.PROJECT__STAGE, PaidInBeyondContract.title(project),
                    "the last change is to " + changes.get(changes.size() - 1).getStage() + " but the stage is "
                            + project.getStage());
        }
        return List.of();
    }
}
