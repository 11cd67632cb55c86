/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import podium.model.Actual;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.ModelPackage;
import podium.model.Quantity;
import podium.model.Share;
import podium.model.Target;
import podium.model.Unit;
import podium.model.units.Units;

/**
 * The unit a written amount must be compatible with, derived from where it stands: a target level
 * takes its indicator's unit, a growth target's level is in %, an actual takes its indicator's unit.
 */
public record ExpectedUnit(Unit written, Unit expected, EObject element, EStructuralFeature feature) {

    /** The written and expected unit of {@code element}, or null when nothing is expected of it. */
    public static ExpectedUnit of(EObject element) {
        if (element instanceof Actual actual) {
            return make(actual.getUnit(), actual.getIndicator(), actual, ModelPackage.Literals.ACTUAL__UNIT, false);
        }
        if (!(element instanceof Quantity quantity) || quantity.getUnit() == Unit.NONE) {
            return null;
        }
        EObject owner = quantity.eContainer();
        EStructuralFeature unitFeature = ModelPackage.Literals.QUANTITY__UNIT;
        if (owner instanceof Target target) {
            boolean rate = target.isGrowth() && quantity.eContainingFeature() != ModelPackage.Literals.TARGET__BASE;
            return make(quantity.getUnit(), target.getIndicator(), quantity, unitFeature, rate);
        }
        if (owner instanceof Share share && share.eContainer() instanceof Decomposition d) {
            return make(quantity.getUnit(), d.getIndicator(), quantity, unitFeature, false);
        }
        return null;
    }

    private static ExpectedUnit make(Unit written, Indicator indicator, EObject element, EStructuralFeature feature,
            boolean rate) {
        Unit expected = rate ? Unit.PERCENT : indicator == null ? Unit.NONE : indicator.getUnit();
        if (written == null || written == Unit.NONE || expected == null || expected == Unit.NONE) {
            return null;
        }
        return new ExpectedUnit(written, expected, element, feature);
    }

    public boolean compatible() {
        return Units.compatible(written, expected);
    }

    /** True when one side is % and the other 个百分点, the mix users must never make. */
    public boolean percentMixedWithPoints() {
        return (written == Unit.PERCENT && expected == Unit.PERCENTAGE_POINT)
                || (written == Unit.PERCENTAGE_POINT && expected == Unit.PERCENT);
    }
}
