/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.decompositions;

import static podium.model.ModelPackage.Literals.SHARE__ORGANISATION;
import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Decomposition;
import podium.model.Organisation;
import podium.model.Share;

/** PDM-D005: a split gives each organisation one share; the second is reported. */
@Definition(code = IssueCodes.SPLIT_DUPLICATE_SHARE, severity = Severity.ERROR, category = Category.DECOMPOSITIONS,
        elements = Share.class, messages = Texts.FILE)
public final class DuplicateShare implements Inspection<Share> {

    @Override
    public void check(Share share, InspectionContext context) {
        Organisation org = share.getOrganisation();
        if (!(share.eContainer() instanceof Decomposition split) || org == null || org.eIsProxy()) {
            return;
        }
        for (Share earlier : split.getShares()) {
            if (earlier == share) {
                return;
            }
            if (earlier.getOrganisation() == org) {
                context.report(share, SHARE__ORGANISATION, org.getName());
                return;
            }
        }
    }
}
