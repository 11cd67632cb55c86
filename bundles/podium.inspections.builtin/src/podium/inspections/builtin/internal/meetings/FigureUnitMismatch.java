/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.meetings;

import static podium.model.ModelPackage.Literals.FIGURE_CITATION__UNIT;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.FigureCitation;
import podium.model.FigureRole;
import podium.model.Indicator;
import podium.model.Unit;
import podium.model.units.Units;

/** PDM-C004: a target or actual a speech cites is in a unit of its indicator's dimension (growth rates and shares are in %, not compared). */
@Definition(code = IssueCodes.FIGURE_UNIT_MISMATCH, severity = Severity.WARNING, category = Category.MEETINGS,
        elements = FigureCitation.class, messages = Texts.FILE)
public final class FigureUnitMismatch implements Inspection<FigureCitation> {

    @Override
    public void check(FigureCitation figure, InspectionContext context) {
        boolean amount = figure.getRole() == FigureRole.TARGET || figure.getRole() == FigureRole.ACTUAL;
        Indicator indicator = figure.getIndicator();
        if (!amount || indicator == null || indicator.eIsProxy() || figure.getUnit() == Unit.NONE) {
            return;
        }
        Unit expected = indicator.getUnit();
        if (expected != null && expected != Unit.NONE && !Units.compatible(figure.getUnit(), expected)) {
            String name = indicator.getTitle() != null ? indicator.getTitle() : indicator.getName();
            context.report(figure, FIGURE_CITATION__UNIT, figure.getQuote(), Units.label(figure.getUnit()), name,
                    Units.label(expected));
        }
    }
}
