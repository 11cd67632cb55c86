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
import podium.model.PeerGroup;
import podium.model.RankObservation;

/** PDM-R001: a rank is not beyond the number of units ranked. */
@Definition(code = IssueCodes.RANK_ABOVE_GROUP_SIZE, severity = Severity.ERROR, category = Category.RANKS,
        elements = RankObservation.class, messages = Texts.FILE)
public final class RankAboveGroupSize implements Inspection<RankObservation> {

    @Override
    public void check(RankObservation rank, InspectionContext context) {
        int size = sizeOf(rank);
        if (rank.getRank() >= 1 && size > 0 && rank.getRank() > size) {
            context.report(rank, RANK_OBSERVATION__RANK, rank.getRank(), size);
        }
    }

    /** The number of units ranked: as published ("of 18"), else the group's size, else its known members. */
    static int sizeOf(RankObservation rank) {
        if (rank.getOf() > 0) {
            return rank.getOf();
        }
        PeerGroup group = rank.getGroup();
        if (group == null || group.eIsProxy()) {
            return 0;
        }
        return group.getSize() > 0 ? group.getSize() : group.getMembers().size();
    }
}
