/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import podium.plugins.registry.Contributions;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.internal.Isolated;
import podium.reports.internal.Messages;

/**
 * Runs reports in isolation: each producer on its own thread with a time limit. A producer that
 * throws, cannot be created or runs past the limit gives a {@link ReportOutcome.Failed} naming its
 * plugin (the stack trace goes to the log); every other report keeps working.
 *
 * @since 1.0
 */
public final class ReportRunner {

    /** The time limit unless {@code -Dpodium.reports.timeLimit=SECONDS} says otherwise: 30 s. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(Long.getLong("podium.reports.timeLimit", 30)); //$NON-NLS-1$

    private final Duration limit;

    public ReportRunner() {
        this(DEFAULT_LIMIT);
    }

    public ReportRunner(Duration limit) {
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** Produces {@code report} for the input and parameters; never throws. */
    public ReportOutcome run(ReportDescriptor report, ReportInput input, ReportParameters parameters) {
        try {
            ReportData data = Isolated.call("podium-report-" + report.id(), limit, //$NON-NLS-1$
                    () -> report.producer().produce(input, parameters));
            if (data == null) {
                return pluginFault(report, NLS.bind(Messages.Run_noData, report.label(), report.contributor().label()), null);
            }
            return new ReportOutcome.Produced(report, data);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReportException refused) {
                return new ReportOutcome.Failed(report, refused.getMessage(), false, refused);
            }
            if (cause instanceof ContributionException notCreated) {
                return pluginFault(report, notCreated.getMessage(), notCreated);
            }
            return pluginFault(report, NLS.bind(Messages.Run_failed,
                    new Object[] {report.label(), report.contributor().label(), Contributions.describe(cause)}), cause);
        } catch (TimeoutException e) {
            return pluginFault(report, NLS.bind(Messages.Run_timedOut,
                    new Object[] {report.label(), report.contributor().label(), Failures.seconds(limit)}), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ReportOutcome.Failed(report, Messages.Run_interrupted, false, e);
        }
    }

    private static ReportOutcome pluginFault(ReportDescriptor report, String message, Throwable cause) {
        log(message, cause);
        return new ReportOutcome.Failed(report, message, true, cause);
    }

    static void log(String message, Throwable cause) {
        try {
            ILog.of(ReportRunner.class).log(new Status(IStatus.ERROR, "podium.reports", message, cause)); //$NON-NLS-1$
        } catch (RuntimeException | LinkageError e) {
            // outside OSGi there is no log; the message reaches the user anyway
        }
    }
}
