/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.targets;

import static podium.model.ModelPackage.Literals.SHARE__STRIVE;
import static podium.model.ModelPackage.Literals.TARGET__STRIVE;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Quantities;
import podium.inspections.builtin.internal.Splits;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.Level;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.query.Directions;
import podium.model.units.Units;

/**
 * PDM-T001: 力争 is at least as ambitious as 确保 (after unit conversion) in the target's direction as
 * {@link Directions} defines it: not lower, or not higher when lower is better (确保5以内 力争4).
 */
@Definition(code = IssueCodes.STRIVE_BELOW_GUARANTEE, severity = Severity.ERROR, category = Category.TARGETS,
        elements = { Target.class, Share.class }, messages = Texts.FILE)
public final class StriveBelowGuarantee implements Inspection<EObject> {

    @Override
    public void check(EObject element, InspectionContext context) {
        if (element instanceof Target target) {
            check(target.getIndicator(), target.getGuarantee(), target.getStrive(), Directions.lowerIsBetter(target),
                    target, context);
        } else if (element instanceof Share share && share.eContainer() instanceof Decomposition split) {
            boolean lowerBetter = Directions.lowerIsBetter(share, split.getIndicator(), Splits.parentTarget(split, context));
            check(split.getIndicator(), share.getGuarantee(), share.getStrive(), lowerBetter, share, context);
        }
    }

    /** 力争 compared with 确保 converted into 力争's unit: not lower (not higher when lower is better). */
    private static void check(Indicator indicator, Level guarantee, Level strive, boolean lowerBetter, EObject owner,
            InspectionContext context) {
        if (!Quantities.hasValue(guarantee) || !Quantities.hasValue(strive)) {
            return;
        }
        Unit unit = Quantities.unit(strive, indicator);
        Unit guaranteeUnit = Quantities.unit(guarantee, indicator);
        if (!Units.compatible(guaranteeUnit, unit)) {
            return;
        }
        int order = strive.getValue().compareTo(Units.convert(guarantee.getValue(), guaranteeUnit, unit));
        if (lowerBetter ? order > 0 : order < 0) {
            context.finding(owner, owner instanceof Target ? TARGET__STRIVE : SHARE__STRIVE)
                    .message(lowerBetter ? "looser" : null)
                    .report(strive.getValue().toPlainString(), guarantee.getValue().toPlainString());
        }
    }
}
