/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.decompositions;

import static podium.model.ModelPackage.Literals.SHARE__ORGANISATION;

import org.eclipse.emf.ecore.util.EcoreUtil;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Splits;
import podium.model.Decomposition;
import podium.model.Organisation;
import podium.model.Share;

/** PDM-D004: a split gives shares only to organisations below the one it divides. */
@Definition(code = IssueCodes.SPLIT_NOT_CHILD, severity = Severity.ERROR, category = Category.DECOMPOSITIONS,
        elements = Share.class, messages = Texts.FILE)
public final class ShareOutsideParent implements Inspection<Share> {

    @Override
    public void check(Share share, InspectionContext context) {
        Organisation org = share.getOrganisation();
        if (!(share.eContainer() instanceof Decomposition split) || org == null || org.eIsProxy()) {
            return;
        }
        Organisation parent = Splits.parentOf(split, context);
        if (parent == null) {
            return;
        }
        if (org == parent) {
            context.finding(share, SHARE__ORGANISATION).message("self").report(org.getName()); //$NON-NLS-1$
        } else if (!EcoreUtil.isAncestor(parent, org)) {
            context.report(share, SHARE__ORGANISATION, org.getName(), parent.getName());
        }
    }
}
