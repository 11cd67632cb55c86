/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import podium.core.Severity;
import podium.model.Decomposition;
import podium.model.ModelPackage;
import podium.model.Share;

/** PDM-D002: a decomposition gives shares only to organisations below the parent. */
public final class ShareOutsideParent extends AbstractRule<Share> {

    public ShareOutsideParent() {
        super(Share.class, "PDM-D002", Severity.WARNING, "Share outside the parent organisation",
                "%s is not an organisation under %s");
    }

    @Override
    public List<Finding> check(Share share) {
        if (!(share.eContainer() instanceof Decomposition d) || d.getParent() == null || share.getOrganisation() == null
                || d.getParent().eIsProxy() || share.getOrganisation().eIsProxy()) {
            return List.of();
        }
        if (share.getOrganisation() == d.getParent() || !EcoreUtil.isAncestor(d.getParent(), share.getOrganisation())) {
            return finding(share, ModelPackage.Literals.SHARE__ORGANISATION, Names.of(share.getOrganisation()),
                    Names.of(d.getParent()));
        }
        return List.of();
    }
}
