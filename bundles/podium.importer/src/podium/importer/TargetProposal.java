/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import podium.importer.internal.Messages;

/**
 * A target a speech sets for one indicator, from its 确保 (guarantee) and 力争 (strive) figures, for the
 * user to accept or reject.
 *
 * @param guarantee the guaranteed level, or null when the speech only strives
 * @param strive    the level striven for, or null when the speech only guarantees
 * @param unit      the unit both levels are written in
 * @param growth    whether the levels are growth rates rather than amounts
 * @param sources   the figures the proposal was read from
 */
public record TargetProposal(String indicator, BigDecimal guarantee, BigDecimal strive, String unit, boolean growth,
        String period, List<ImportedFigure> sources) {

    public TargetProposal {
        sources = List.copyOf(sources);
    }

    /** The input line of the first figure. */
    public int line() {
        return sources.get(0).line();
    }

    /** One line for people: {@code 实际利用外资: 确保 2800 万美元, 力争 3200 万美元}. */
    public String describe() {
        String described = NLS.bind(growth ? Messages.TargetProposal_growth : Messages.TargetProposal_amount,
                indicator, levels());
        return period == null ? described : NLS.bind(Messages.TargetProposal_withPeriod, described, period);
    }

    private String levels() {
        if (guarantee != null && strive != null) {
            return NLS.bind(Messages.TargetProposal_bothLevels, level("确保", guarantee), level("力争", strive));
        }
        return guarantee != null ? level("确保", guarantee) : strive != null ? level("力争", strive) : "";
    }

    private String level(String keyword, BigDecimal value) {
        return keyword + ' ' + value.toPlainString() + ' ' + unit;
    }
}
