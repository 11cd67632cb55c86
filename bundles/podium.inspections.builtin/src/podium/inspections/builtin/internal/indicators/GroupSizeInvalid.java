/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.indicators;

import static podium.model.ModelPackage.Literals.PEER_GROUP__SIZE;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.PeerGroup;

/** PDM-G001: a peer group has at least one unit. */
@Definition(code = IssueCodes.GROUP_SIZE_INVALID, severity = Severity.ERROR, category = Category.INDICATORS,
        elements = PeerGroup.class, messages = Texts.FILE)
public final class GroupSizeInvalid implements Inspection<PeerGroup> {

    @Override
    public void check(PeerGroup group, InspectionContext context) {
        if (group.getSize() < 1) {
            context.report(group, PEER_GROUP__SIZE);
        }
    }
}
