/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.ModelPackage;
import podium.model.Project;
import podium.model.ProjectStage;

/** PDM-P003: a signed project (签约 or later) states its contract amount, which the 三率 need. */
public final class SignedWithoutContract extends AbstractRule<Project> {

    public SignedWithoutContract() {
        super(Project.class, "PDM-P003", Severity.WARNING, "Signed project without contract amount",
                "%s is %s but has no contract amount");
    }

    @Override
    public List<Finding> check(Project project) {
        if (project.getStage().getValue() >= ProjectStage.SIGNED_VALUE && !Amounts.hasValue(project.getContractAmount())) {
            return finding(project, ModelPackage.Literals.PROJECT__CONTRACT_AMOUNT, PaidInBeyondContract.title(project),
                    project.getStage());
        }
        return List.of();
    }
}
