/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.ranks;

import static podium.model.ModelPackage.Literals.RANK_OBSERVATION__MONTH;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Facts;
import podium.model.RankObservation;

/** PDM-R005: one rank per indicator, organisation, month, group and measure (总量 or 增速) in the whole workspace. */
@Definition(code = IssueCodes.DUPLICATE_RANK, severity = Severity.ERROR, category = Category.RANKS,
        elements = RankObservation.class, messages = Texts.FILE)
public final class DuplicateRank implements Inspection<RankObservation> {

    @Override
    public void check(RankObservation rank, InspectionContext context) {
        if (rank.getGroup() == null || rank.getGroup().eIsProxy() || rank.getMonth() == null) {
            return;
        }
        for (RankObservation other : Facts.of(context).ranks(Facts.seriesOf(rank))) {
            if (other != rank && other.getMeasure() == rank.getMeasure() && rank.getMonth().equals(other.getMonth())) {
                context.report(rank, RANK_OBSERVATION__MONTH, rank.getMonth());
                return;
            }
        }
    }
}
