/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.projects;

import static podium.model.ModelPackage.Literals.QUANTITY__UNIT;

import java.util.Set;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Project;
import podium.model.Quantity;
import podium.model.Unit;
import podium.model.units.Dimension;
import podium.model.units.Units;

/** PDM-J005: a project's contract and paid-in amounts are in a currency (美元, 元 and their 万, 亿). */
@Definition(code = IssueCodes.PROJECT_AMOUNT_NOT_MONEY, severity = Severity.ERROR, category = Category.PROJECTS,
        elements = Project.class, messages = Texts.FILE)
public final class AmountNotMoney implements Inspection<Project> {

    private static final Set<Dimension> MONEY = Set.of(Dimension.US_DOLLARS, Dimension.YUAN);

    @Override
    public void check(Project project, InspectionContext context) {
        for (Quantity amount : new Quantity[] {project.getContractAmount(), project.getPaidInAmount()}) {
            if (amount != null && amount.getUnit() != Unit.NONE && !MONEY.contains(Units.dimensionOf(amount.getUnit()))) {
                context.report(amount, QUANTITY__UNIT, amount.getUnit().getLiteral());
            }
        }
    }
}
