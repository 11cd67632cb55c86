/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.targets;

import podium.importer.ImportedFigure;

/**
 * A target the speech states: its guarantee (确保) and/or strive (力争) figure for one indicator.
 *
 * @param indicatorName the indicator as the speech names it
 * @param guarantee     the guarantee figure, or null
 * @param strive        the strive figure, or null
 */
public record TargetProposal(String indicatorName, ImportedFigure guarantee, ImportedFigure strive) {

    /** The figure the proposal was read from first, for locating it in the text. */
    public ImportedFigure first() {
        return guarantee != null ? guarantee : strive;
    }
}
