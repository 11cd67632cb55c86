/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.decompositions;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Decomposition;

/** PDM-D001: the 确保 shares of a split add up to the parent target's 确保 level; the message gives the amount off. */
@Definition(code = IssueCodes.SPLIT_GUARANTEE_SUM, severity = Severity.WARNING, category = Category.DECOMPOSITIONS,
        elements = Decomposition.class, messages = Texts.FILE)
public final class GuaranteeSharesSum extends SharesSum {

    public GuaranteeSharesSum() {
        super(Side.GUARANTEE);
    }
}
