/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api.format;

import podium.compute.ProgressStatus;
import podium.reports.api.Tone;
import podium.reports.api.Value;
import podium.reports.api.internal.Messages;

/**
 * The statuses of progress against the time schedule, with the colours bulletins give them
 * (超序时 green, 低于序时 amber, 零进度 red), labelled in the user's language.
 *
 * @since 1.0
 */
public final class Statuses {

    private Statuses() {
    }

    /** The status value of a progress status; its key is the enum's name in lower case with dashes. */
    public static Value.Status of(ProgressStatus status) {
        return switch (status) {
            case AHEAD -> new Value.Status("ahead", Tone.GOOD, Messages.Status_ahead);
            case ON_SCHEDULE -> new Value.Status("on-schedule", Tone.GOOD, Messages.Status_onSchedule);
            case BEHIND -> new Value.Status("behind", Tone.WARNING, Messages.Status_behind);
            case ZERO_PROGRESS -> new Value.Status("zero-progress", Tone.BAD, Messages.Status_zeroProgress);
            case NO_DATA -> new Value.Status("no-data", Tone.NEUTRAL, Messages.Status_noData);
        };
    }
}
