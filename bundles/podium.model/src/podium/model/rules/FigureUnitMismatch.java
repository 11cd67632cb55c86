/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.FigureCitation;
import podium.model.FigureRole;
import podium.model.ModelPackage;
import podium.model.Unit;
import podium.model.units.Units;

/**
 * PDM-S002: a cited target or actual is in a unit of its indicator's dimension; growth rates and
 * shares are in % and differences of rates in 个百分点, so they are not compared with the indicator.
 */
public final class FigureUnitMismatch extends AbstractRule<FigureCitation> {

    public FigureUnitMismatch() {
        super(FigureCitation.class, "PDM-S002", Severity.WARNING, "Cited figure in a foreign unit",
                "figure \"%s\" is in %s but %s is measured in %s");
    }

    @Override
    public List<Finding> check(FigureCitation figure) {
        boolean amount = figure.getRole() == FigureRole.TARGET || figure.getRole() == FigureRole.ACTUAL;
        if (!amount || figure.getIndicator() == null || figure.getUnit() == Unit.NONE) {
            return List.of();
        }
        Unit expected = figure.getIndicator().getUnit();
        if (expected != null && expected != Unit.NONE && !Units.compatible(figure.getUnit(), expected)) {
            return finding(figure, ModelPackage.Literals.FIGURE_CITATION__UNIT, figure.getQuote(),
                    Units.label(figure.getUnit()), Names.of(figure.getIndicator()), Units.label(expected));
        }
        return List.of();
    }
}
