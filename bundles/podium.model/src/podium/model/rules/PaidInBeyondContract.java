/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.math.BigDecimal;
import java.util.List;

import podium.core.Severity;
import podium.model.ModelPackage;
import podium.model.Project;
import podium.model.Unit;
import podium.model.units.Units;

/** PDM-P001: paid-in capital (实际到位) normally does not exceed the contract amount; larger is suspicious. */
public final class PaidInBeyondContract extends AbstractRule<Project> {

    public PaidInBeyondContract() {
        super(Project.class, "PDM-P001", Severity.WARNING, "Paid-in beyond contract amount",
                "paid-in %s exceeds the contract amount %s of %s");
    }

    @Override
    public List<Finding> check(Project project) {
        if (!Amounts.hasValue(project.getContractAmount()) || !Amounts.hasValue(project.getPaidInAmount())) {
            return List.of();
        }
        Unit unit = project.getContractAmount().getUnit();
        Unit paidUnit = project.getPaidInAmount().getUnit();
        if (!Units.compatible(unit, paidUnit)) {
            return List.of();
        }
        BigDecimal paid = Units.convert(project.getPaidInAmount().getValue(), paidUnit, unit);
        if (paid.compareTo(project.getContractAmount().getValue()) > 0) {
            return finding(project, ModelPackage.Literals.PROJECT__PAID_IN_AMOUNT,
                    Amounts.show(project.getPaidInAmount().getValue(), paidUnit),
                    Amounts.show(project.getContractAmount().getValue(), unit), title(project));
        }
        return List.of();
    }

    static String title(Project project) {
        return project.getTitle() != null ? project.getTitle() : String.valueOf(project.getName());
    }
}
