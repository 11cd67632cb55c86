/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests.contributions;

import java.util.concurrent.CountDownLatch;

import podium.reports.api.ReportData;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;

/** A report that never returns, and ignores interruption as badly written code does. */
public final class HangingReport implements ReportProducer {

    /** Counts the runs that have started. */
    public static volatile int started;

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) {
        started++;
        CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException e) {
                // ignored on purpose
            }
        }
    }
}
