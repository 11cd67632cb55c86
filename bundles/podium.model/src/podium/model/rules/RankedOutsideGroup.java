/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.ModelPackage;
import podium.model.RankObservation;

/** PDM-R002: a ranked organisation belongs to the peer group it is ranked in (when members are listed). */
public final class RankedOutsideGroup extends AbstractRule<RankObservation> {

    public RankedOutsideGroup() {
        super(RankObservation.class, "PDM-R002", Severity.WARNING, "Ranked outside its peer group",
                "%s is not a member of %s");
    }

    @Override
    public List<Finding> check(RankObservation rank) {
        if (rank.getGroup() == null || rank.getOrganisation() == null || rank.getGroup().getMembers().isEmpty()) {
            return List.of();
        }
        if (!rank.getGroup().getMembers().contains(rank.getOrganisation())) {
            return finding(rank, ModelPackage.Literals.RANK_OBSERVATION__ORGANISATION,
                    Names.of(rank.getOrganisation()), String.valueOf(rank.getGroup().getTitle()));
        }
        return List.of();
    }
}
