/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.indicators;

import static podium.model.ModelPackage.Literals.PEER_GROUP__MEMBERS;

import java.util.HashSet;
import java.util.Set;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Organisation;
import podium.model.PeerGroup;

/** PDM-G003: a peer group lists each member once. */
@Definition(code = IssueCodes.GROUP_DUPLICATE_MEMBER, severity = Severity.WARNING, category = Category.INDICATORS,
        elements = PeerGroup.class, messages = Texts.FILE)
public final class GroupDuplicateMember implements Inspection<PeerGroup> {

    @Override
    public void check(PeerGroup group, InspectionContext context) {
        Set<Organisation> seen = new HashSet<>();
        for (int i = 0; i < group.getMembers().size(); i++) {
            if (!seen.add(group.getMembers().get(i))) {
                context.finding(group, PEER_GROUP__MEMBERS).index(i).report();
            }
        }
    }
}
