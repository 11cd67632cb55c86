/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.ModelPackage;
import podium.model.RankObservation;

/** PDM-R001: a rank lies between 1 and the size of its peer group. */
public final class RankOutOfRange extends AbstractRule<RankObservation> {

    public RankOutOfRange() {
        super(RankObservation.class, "PDM-R001", Severity.ERROR, "Rank out of range",
                "rank %d is outside 1..%d of %s");
    }

    @Override
    public List<Finding> check(RankObservation rank) {
        int size = groupSize(rank);
        if (rank.getRank() < 1 || (size > 0 && rank.getRank() > size)) {
            String group = rank.getGroup() == null ? "the group" : String.valueOf(rank.getGroup().getTitle());
            return finding(rank, ModelPackage.Literals.RANK_OBSERVATION__RANK, rank.getRank(), Math.max(size, 1), group);
        }
        return List.of();
    }

    /** The group size a rank is out of: as published, else the group's size, else its known members. */
    static int groupSize(RankObservation rank) {
        if (rank.getOf() > 0) {
            return rank.getOf();
        }
        if (rank.getGroup() == null) {
            return 0;
        }
        return rank.getGroup().getSize() > 0 ? rank.getGroup().getSize() : rank.getGroup().getMembers().size();
    }
}
