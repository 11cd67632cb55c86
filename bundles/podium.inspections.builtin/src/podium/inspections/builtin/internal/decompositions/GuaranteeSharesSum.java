/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.decompositions;

import java.math.BigDecimal;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.model.Decomposition;
import podium.model.Share;
import podium.model.query.DecompositionCheck;

/** PDM-D001: the 确保 shares of a split add up to the parent target's 确保 level; the message gives the amount off. */
@Definition(code = IssueCodes.SPLIT_GUARANTEE_SUM, severity = Severity.WARNING, category = Category.DECOMPOSITIONS,
        elements = Decomposition.class, messages = Texts.FILE)
public final class GuaranteeSharesSum extends SharesSum {

    public GuaranteeSharesSum() {
        super("确保", Share::getGuarantee); //$NON-NLS-1$
    }

    @Override
    BigDecimal mismatch(DecompositionCheck check) {
        return check.guaranteeMismatch();
    }

    @Override
    BigDecimal shares(DecompositionCheck check) {
        return check.sharesGuarantee();
    }

    @Override
    BigDecimal parent(DecompositionCheck check) {
        return check.parentGuarantee();
    }
}
