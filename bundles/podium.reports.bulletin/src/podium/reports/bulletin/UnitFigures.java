/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One unit's (or the jurisdiction's) figures for one indicator, in the indicator's unit. Missing values
 * are null: no figure for the month, no target, no base for growth.
 *
 * @param name           the unit's title, e.g. 宛城区
 * @param actual         完成额: the figure to date (cumulative for flows)
 * @param previous       the same period last year
 * @param target         the annual target judged against: 确保, else 力争
 * @param strive         the 力争 level, when there is one
 * @param completion     完成率 in percent, exact (41.6947…)
 * @param gap            displayed completion − displayed time schedule, in percentage points (0.02)
 * @param growth         同比 growth in percent, exact, negative for a decline; null when last year's figure is 0 or missing
 * @param status         {@code ahead}, {@code on-schedule}, {@code behind}, {@code zero-progress} or {@code no-data}
 * @param amountRank     rank among the units by 完成额 (ties share the best rank); null for the total
 * @param completionRank rank by 完成率
 * @param growthRank     rank by 增幅
 * @since 1.0
 */
public record UnitFigures(String name, BigDecimal actual, BigDecimal previous, BigDecimal target, BigDecimal strive,
        BigDecimal completion, BigDecimal gap, BigDecimal growth, String status, Integer amountRank,
        Integer completionRank, Integer growthRank) {

    public UnitFigures {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }

    /** The same figures with the unit's ranks among its peers. */
    public UnitFigures ranked(Integer byAmount, Integer byCompletion, Integer byGrowth) {
        return new UnitFigures(name, actual, previous, target, strive, completion, gap, growth, status, byAmount,
                byCompletion, byGrowth);
    }
}
