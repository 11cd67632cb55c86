/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.indicators;

import static podium.model.ModelPackage.Literals.PEER_GROUP__MEMBERS;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.PeerGroup;

/** PDM-G002: a peer group lists no more members than its size (the size may exceed the members known). */
@Definition(code = IssueCodes.GROUP_TOO_MANY_MEMBERS, severity = Severity.ERROR, category = Category.INDICATORS,
        elements = PeerGroup.class, messages = Texts.FILE)
public final class GroupTooManyMembers implements Inspection<PeerGroup> {

    @Override
    public void check(PeerGroup group, InspectionContext context) {
        if (group.getSize() >= 1 && group.getMembers().size() > group.getSize()) {
            context.report(group, PEER_GROUP__MEMBERS, group.getMembers().size(), group.getSize());
        }
    }
}
