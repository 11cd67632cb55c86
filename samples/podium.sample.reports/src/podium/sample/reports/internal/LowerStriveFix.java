/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.sample.reports.internal;

import org.eclipse.emf.ecore.EObject;

import podium.inspections.InspectionFix;
import podium.model.Target;

/**
 * The quick fix of SMPL-T001 (docs/extending.md, section 7): lowers the 力争 level to the highest level the
 * inspection accepts, one and a half times the 确保 level. The plan editor writes the change into the text.
 */
public final class LowerStriveFix implements InspectionFix {

    @Override
    public String label() {
        return Messages.Fix_lowerStrive;
    }

    @Override
    public void apply(EObject element) {
        if (element instanceof Target target && target.getGuarantee() != null && target.getStrive() != null
                && target.getGuarantee().getValue() != null) {
            target.getStrive().setValue(StretchTargetInspection.limit(target.getGuarantee().getValue()));
        }
    }
}
