/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.sample.reports.internal;

import static podium.model.ModelPackage.Literals.TARGET__STRIVE;

import java.math.BigDecimal;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.model.Level;
import podium.model.Target;

/**
 * SMPL-T001, a plugin's inspection (docs/extending.md, section 7): a 力争 level more than one and a half
 * times the 确保 level is a stretch few counties reach; the office may want to look at it again.
 */
@Definition(code = StretchTargetInspection.CODE, severity = Severity.INFO, category = Category.TARGETS,
        elements = Target.class)
public final class StretchTargetInspection implements Inspection<Target> {

    public static final String CODE = "SMPL-T001";

    private static final BigDecimal STRETCH = new BigDecimal("1.5");

    @Override
    public void check(Target target, InspectionContext context) {
        Level guarantee = target.getGuarantee();
        Level strive = target.getStrive();
        if (target.isGrowth() || guarantee == null || strive == null || guarantee.getValue() == null
                || strive.getValue() == null || guarantee.getUnit() != strive.getUnit() || guarantee.getValue().signum() <= 0) {
            return;
        }
        if (strive.getValue().compareTo(limit(guarantee.getValue())) > 0) {
            context.report(target, TARGET__STRIVE, strive.getValue().toPlainString(), guarantee.getValue().toPlainString());
        }
    }

    /** The highest 力争 level that is no stretch: one and a half times {@code guarantee}, written without trailing zeros. */
    static BigDecimal limit(BigDecimal guarantee) {
        BigDecimal limit = guarantee.multiply(STRETCH).stripTrailingZeros();
        return limit.scale() < 0 ? limit.setScale(0) : limit;
    }
}
