/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.decompositions;

import static podium.model.ModelPackage.Literals.DECOMPOSITION__INDICATOR;
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

/** PDM-D003: a split divides a target that exists (the same indicator, the parent organisation and period). */
@Definition(code = IssueCodes.SPLIT_WITHOUT_TARGET, severity = Severity.ERROR, category = Category.DECOMPOSITIONS,
        elements = Decomposition.class, messages = Texts.FILE)
public final class SplitWithoutTarget implements Inspection<Decomposition> {

    @Override
    public void check(Decomposition split, InspectionContext context) {
        if (split.getIndicator() == null || split.getIndicator().eIsProxy() || Splits.parentTarget(split, context) != null) {
            return;
        }
        Organisation parent = Splits.parentOf(split, context);
        String parentName = parent != null ? parent.getName()
                : Texts.message(IssueCodes.SPLIT_WITHOUT_TARGET, "plansOrganisation"); //$NON-NLS-1$
        context.report(split, DECOMPOSITION__INDICATOR, split.getIndicator().getName(), parentName);
    }
}
