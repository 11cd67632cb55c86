/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal;

import org.eclipse.emf.ecore.EObject;

import podium.model.Actual;
import podium.model.Decomposition;
import podium.model.Indicator;
import podium.model.Target;
import podium.model.Unit;

/** The unit of the indicator that the statement around an element is about. */
public final class IndicatorContext {

    private IndicatorContext() {
    }

    /** The indicator's unit, or null when the indicator is unknown or has none. */
    public static Unit indicatorUnit(EObject element) {
        Indicator indicator = indicatorOf(element);
        return indicator == null || indicator.eIsProxy() || indicator.getUnit() == Unit.NONE ? null : indicator.getUnit();
    }

    public static Indicator indicatorOf(EObject element) {
        for (EObject o = element; o != null; o = o.eContainer()) {
            if (o instanceof Target target) {
                return target.getIndicator();
            } else if (o instanceof Decomposition split) {
                return split.getIndicator();
            } else if (o instanceof Actual actual) {
                return actual.getIndicator();
            }
        }
        return null;
    }
}
