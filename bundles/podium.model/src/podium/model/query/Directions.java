/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.query;

import podium.model.Direction;
import podium.model.Indicator;
import podium.model.Level;
import podium.model.Qualifier;
import podium.model.Share;
import podium.model.Target;

/**
 * Which way is better for a target: lower when its indicator is declared {@code lower-better}, or
 * when the guarantee is a cap (确保…以内, "kept within"), as for an unemployment rate on an indicator
 * that declares no direction; higher otherwise. Validation (PDM-T001) and the computations
 * (progress, status) both ask here, so they never disagree.
 */
public final class Directions {

    private Directions() {
    }

    /** Whether less is better for {@code target}. */
    public static boolean lowerIsBetter(Target target) {
        return lowerIsBetter(target.getIndicator(), target.getGuarantee());
    }

    /**
     * Whether less is better for a share of a decomposition: its indicator's direction, a cap on the
     * share's own guarantee, or the direction of the target it splits ({@code parent}, may be null).
     */
    public static boolean lowerIsBetter(Share share, Indicator indicator, Target parent) {
        return lowerIsBetter(indicator, share.getGuarantee()) || parent != null && lowerIsBetter(parent);
    }

    /** Whether less is better for levels of {@code indicator} whose guarantee is {@code guarantee} (either may be null). */
    public static boolean lowerIsBetter(Indicator indicator, Level guarantee) {
        return declaredLowerBetter(indicator) || guarantee != null && guarantee.getQualifier() == Qualifier.AT_MOST;
    }

    /** Whether {@code indicator} is declared lower-better (a proxy that could not be resolved declares nothing). */
    public static boolean declaredLowerBetter(Indicator indicator) {
        return indicator != null && !indicator.eIsProxy() && indicator.getDirection() == Direction.LOWER_BETTER;
    }
}
