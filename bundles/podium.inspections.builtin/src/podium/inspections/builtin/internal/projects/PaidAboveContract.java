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
import podium.model.Quantity;
import podium.model.units.Units;

/** PDM-J001: paid-in capital (实际到位) does not normally exceed the contract amount; more is suspicious. */
@Definition(code = IssueCodes.PAID_ABOVE_CONTRACT, severity = Severity.WARNING, category = Category.PROJECTS,
        elements = Project.class, messages = Texts.FILE)
public final class PaidAboveContract implements Inspection<Project> {

    @Override
    public void check(Project project, InspectionContext context) {
        Quantity contract = project.getContractAmount();
        Quantity paid = project.getPaidInAmount();
        if (!Quantities.hasValue(contract) || !Quantities.hasValue(paid)
                || !Units.compatible(contract.getUnit(), paid.getUnit())) {
            return;
        }
        if (Units.convert(paid.getValue(), paid.getUnit(), contract.getUnit()).compareTo(contract.getValue()) > 0) {
            context.report(project, PROJECT__PAID_IN_AMOUNT, paid.getValue().toPlainString(),
                    contract.getValue().toPlainString());
        }
    }
}
