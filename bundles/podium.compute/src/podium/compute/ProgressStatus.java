/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute;

/** Where a unit stands against its target and the time schedule. */
public enum ProgressStatus {
    /** Completion above the time schedule (超序时进度), or a stock/ratio target beaten. */
    AHEAD,
    /** Completion equal to the schedule as displayed, a stock/ratio target met exactly, a zero target kept. */
    ON_SCHEDULE,
    /** Completion below the schedule (低于序时进度), a target missed, or a zero target broken. */
    BEHIND,
    /** Nothing achieved yet (零进度, 空白): the cumulative actual is still 0. */
    ZERO_PROGRESS,
    /** No actual for the month, no usable target level, or units that do not convert. */
    NO_DATA
}
