/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.units;

import static podium.model.ModelPackage.Literals.ACTUAL__UNIT;
import static podium.model.ModelPackage.Literals.QUANTITY__UNIT;
import static podium.model.ModelPackage.Literals.TARGET__BASE;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import podium.model.Actual;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.Quantity;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.units.Units;

/**
 * A unit written on an amount that must convert into its indicator's unit: a target's levels and base
 * (a growth target's levels are rates, PDM-T007), a share's levels, an actual's value. Project amounts
 * are money whatever the indicator (PDM-J005).
 */
record WrittenUnit(Unit written, Indicator indicator, EObject element, EStructuralFeature feature) {

    private static final Set<Unit> RATES = Set.of(Unit.PERCENT, Unit.PERCENTAGE_POINT);

    /** The unit written on {@code element} and the indicator it belongs to, or null when nothing is to check. */
    static WrittenUnit of(EObject element) {
        if (element instanceof Actual actual) {
            boolean complete = actual.getOrganisation() != null && actual.getMonth() != null && actual.getValue() != null;
            return complete ? make(actual.getUnit(), actual.getIndicator(), actual, ACTUAL__UNIT) : null;
        }
        if (!(element instanceof Quantity quantity)) {
            return null;
        }
        if (quantity.eContainer() instanceof Target target
                && (!target.isGrowth() || quantity.eContainingFeature() == TARGET__BASE)) {
            return make(quantity.getUnit(), target.getIndicator(), quantity, QUANTITY__UNIT);
        }
        if (quantity.eContainer() instanceof Share share && share.eContainer() instanceof Decomposition split) {
            return make(quantity.getUnit(), split.getIndicator(), quantity, QUANTITY__UNIT);
        }
        return null;
    }

    private static WrittenUnit make(Unit written, Indicator indicator, EObject element, EStructuralFeature feature) {
        if (indicator == null || indicator.eIsProxy() || written == Unit.NONE || indicator.getUnit() == Unit.NONE
                || Units.compatible(written, indicator.getUnit())) {
            return null;
        }
        return new WrittenUnit(written, indicator, element, feature);
    }

    /** Whether the two units are % and 个百分点, the mix users must never make. */
    boolean ratesMixed() {
        return RATES.containsAll(Set.of(written, indicator.getUnit()));
    }
}
