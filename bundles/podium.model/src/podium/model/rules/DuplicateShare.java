/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import podium.core.Severity;
import podium.model.Decomposition;
import podium.model.ModelPackage;
import podium.model.Share;

/** PDM-D003: each organisation gets at most one share of a decomposition. */
public final class DuplicateShare extends AbstractRule<Share> {

    public DuplicateShare() {
        super(Share.class, "PDM-D003", Severity.ERROR, "Duplicate share",
                "%s already has a share in this decomposition");
    }

    @Override
    public List<Finding> check(Share share) {
        if (!(share.eContainer() instanceof Decomposition d) || share.getOrganisation() == null) {
            return List.of();
        }
        for (Share other : d.getShares()) {
            if (other == share) {
                return List.of();
            }
            if (other.getOrganisation() == share.getOrganisation()) {
                return finding(share, ModelPackage.Literals.SHARE__ORGANISATION, Names.of(share.getOrganisation()));
            }
        }
        return List.of();
    }
}
