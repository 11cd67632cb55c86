/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.ranks;

import static podium.model.ModelPackage.Literals.RANK_OBSERVATION__RANK;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.RankObservation;

/** PDM-R002: ranks start at 1 (第1位). */
@Definition(code = IssueCodes.RANK_BELOW_ONE, severity = Severity.ERROR, category = Category.RANKS,
        elements = RankObservation.class, messages = Texts.FILE)
public final class RankBelowOne implements Inspection<RankObservation> {

    @Override
    public void check(RankObservation rank, InspectionContext context) {
        if (rank.getRank() < 1) {
            context.report(rank, RANK_OBSERVATION__RANK);
        }
    }
}
