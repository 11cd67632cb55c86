/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.Level;
import podium.model.ModelPackage;
import podium.model.Target;

/** PDM-T004: a zero target (零进京, 零发生) cannot also state a non-zero level. */
public final class ZeroTargetWithLevel extends AbstractRule<Target> {

    public ZeroTargetWithLevel() {
        super(Target.class, "PDM-T004", Severity.ERROR, "Zero target with a non-zero level",
                "zero target for %s also states the non-zero level %s");
    }

    @Override
    public List<Finding> check(Target target) {
        if (!target.isZero()) {
            return List.of();
        }
        for (Level level : new Level[] { target.getGuarantee(), target.getStrive() }) {
            if (Amounts.hasValue(level) && level.getValue().signum() != 0) {
                return finding(target, ModelPackage.Literals.TARGET__ZERO, Names.of(target.getIndicator()),
                        Amounts.show(level, target.getIndicator()));
            }
        }
        return List.of();
    }
}
