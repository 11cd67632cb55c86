/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

/**
 * The colour of a status as bulletins use them.
 *
 * @since 1.0
 */
public enum Tone {
    /** Green: ahead of the time schedule (超序时进度), done, matching. */
    GOOD,
    /** Amber: behind the time schedule (低于序时进度), due soon. */
    WARNING,
    /** Red: zero progress (零进度), overdue, stalled, mismatching. */
    BAD,
    /** No colour: no data, not applicable. */
    NEUTRAL
}
