/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.util.List;

import podium.model.query.DecompositionCheck;
import podium.model.query.ModelIndex;

/** The sum check of every decomposition of a model (the arithmetic inspections PDM-D001 and PDM-D002 use). */
public final class Decompositions {

    private Decompositions() {
    }

    /** One check per decomposition, in model order. */
    public static List<DecompositionCheck> checkAll(ModelIndex index) {
        return index.decompositions().stream().map(d -> DecompositionCheck.of(d, index)).toList();
    }
}
