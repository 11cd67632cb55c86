/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

import java.math.BigDecimal;

import podium.model.Target;
import podium.model.Unit;

/**
 * Progress of one target: actual to date against guarantee (确保) and strive (力争), completion in
 * percent, the elapsed share of the period in percent, gaps in percentage points (between the
 * displayed values) and the resulting status.
 *
 * @param actual       actual to date in {@code unit}; null when there is no data
 * @param completionGuarantee actual / guarantee × 100 (exact); null without guarantee or data
 * @param elapsed      elapsed share of the period × 100; 100 for stock and ratio indicators
 * @param gapGuarantee displayed completion − displayed elapsed, in percentage points (负 = behind)
 * @param status       judged against the guarantee (or strive when there is no guarantee)
 * @param note         why the status is NO_DATA, else null
 */
public record Progress(Target target, Unit unit, BigDecimal actual, BigDecimal guarantee, BigDecimal strive,
        BigDecimal completionGuarantee, BigDecimal completionStrive, BigDecimal elapsed, BigDecimal gapGuarantee,
        BigDecimal gapStrive, ProgressStatus status, ProgressStatus striveStatus, String note) {

    /** Completion against the guarantee as displayed (two decimals). */
    public BigDecimal displayedCompletion() {
        return Percentages.display(completionGuarantee != null ? completionGuarantee : completionStrive);
    }
}
