/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import podium.reports.api.ReportData;

/**
 * What running a report gave: its data, or why there is none.
 *
 * @since 1.0
 */
public sealed interface ReportOutcome {

    ReportDescriptor report();

    /**
     * The report's data.
     *
     * @since 1.0
     */
    record Produced(ReportDescriptor report, ReportData data) implements ReportOutcome {
    }

    /**
     * No data. The message is for the user and names the plugin when the plugin is at fault.
     *
     * @param pluginFault true when the contribution threw, hung or could not be created; false when the
     *                    report refused this input (a {@link podium.reports.api.ReportException})
     * @param cause       for the log; null when there is none
     * @since 1.0
     */
    record Failed(ReportDescriptor report, String message, boolean pluginFault, Throwable cause)
            implements ReportOutcome {
    }
}
