/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.ranks;

import static podium.model.ModelPackage.Literals.RANK_OBSERVATION__OF;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.PeerGroup;
import podium.model.RankObservation;

/** PDM-R003: a rank published "of N" agrees with the size of its peer group. */
@Definition(code = IssueCodes.RANK_SIZE_DIFFERS, severity = Severity.WARNING, category = Category.RANKS,
        elements = RankObservation.class, messages = Texts.FILE)
public final class RankSizeDiffers implements Inspection<RankObservation> {

    @Override
    public void check(RankObservation rank, InspectionContext context) {
        PeerGroup group = rank.getGroup();
        if (group != null && !group.eIsProxy() && rank.getOf() > 0 && group.getSize() > 0 && rank.getOf() != group.getSize()) {
            context.report(rank, RANK_OBSERVATION__OF, rank.getOf(), group.getName(), group.getSize());
        }
    }
}
