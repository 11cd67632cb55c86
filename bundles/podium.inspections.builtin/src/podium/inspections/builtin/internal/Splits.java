/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal;

import java.util.List;

import podium.inspections.InspectionContext;
import podium.model.Decomposition;
import podium.model.Organisation;
import podium.model.Plan;
import podium.model.Target;
import podium.model.time.Period;

/** What a decomposition (split) splits, as the language reads it: defaults come from the workspace's plan. */
public final class Splits {

    private Splits() {
    }

    /** The organisation a split divides among its units: its own parent, else the plan's organisation. */
    public static Organisation parentOf(Decomposition split, InspectionContext context) {
        if (split.getParent() != null) {
            return split.getParent().eIsProxy() ? null : split.getParent();
        }
        Plan plan = Facts.of(context).plan();
        return plan == null ? null : plan.getOrganisation();
    }

    /**
     * The target a split divides: its explicit target, else the workspace's first target of its indicator
     * for the parent and its period (the plan's period when it names none); null when there is none.
     */
    public static Target parentTarget(Decomposition split, InspectionContext context) {
        if (split.getTarget() != null) {
            return split.getTarget();
        }
        Organisation parent = parentOf(split, context);
        Period period = split.getPeriod();
        if (period == null) {
            Plan plan = Facts.of(context).plan();
            period = plan == null ? null : plan.getPeriod();
        }
        if (parent == null || period == null || split.getIndicator() == null) {
            return null;
        }
        List<Target> targets = Facts.of(context).targets(new Facts.TargetKey(split.getIndicator(), parent, period));
        return targets.isEmpty() ? null : targets.get(0);
    }
}
