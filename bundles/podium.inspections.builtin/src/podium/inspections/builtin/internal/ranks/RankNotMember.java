/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.ranks;

import static podium.model.ModelPackage.Literals.RANK_OBSERVATION__ORGANISATION;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.PeerGroup;
import podium.model.RankObservation;

/** PDM-R004: a ranked organisation is a member of its peer group (when the group lists its members). */
@Definition(code = IssueCodes.RANK_NOT_MEMBER, severity = Severity.WARNING, category = Category.RANKS,
        elements = RankObservation.class, messages = Texts.FILE)
public final class RankNotMember implements Inspection<RankObservation> {

    @Override
    public void check(RankObservation rank, InspectionContext context) {
        PeerGroup group = rank.getGroup();
        if (group == null || group.eIsProxy() || group.getMembers().isEmpty() || rank.getOrganisation() == null
                || rank.getOrganisation().eIsProxy()) { // an unknown organisation is reported as unknown
            return;
        }
        if (!group.getMembers().contains(rank.getOrganisation())) {
            context.report(rank, RANK_OBSERVATION__ORGANISATION, rank.getOrganisation().getName(), group.getName());
        }
    }
}
