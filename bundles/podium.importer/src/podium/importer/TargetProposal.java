/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.math.BigDecimal;
import java.util.List;

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
        StringBuilder s = new StringBuilder(indicator).append(growth ? " (growth): " : ": ");
        if (guarantee != null) {
            s.append("确保 ").append(guarantee.toPlainString()).append(' ').append(unit);
        }
        if (strive != null) {
            s.append(guarantee != null ? ", " : "").append("力争 ").append(strive.toPlainString()).append(' ')
                    .append(unit);
        }
        return period == null ? s.toString() : s.append(" (").append(period).append(')').toString();
    }
}
