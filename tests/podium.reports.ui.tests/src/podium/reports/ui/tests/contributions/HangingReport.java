/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests.contributions;

import java.util.concurrent.CountDownLatch;

import podium.reports.api.ReportData;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;

/** A report whose producer never returns, not even when interrupted. */
public final class HangingReport implements ReportProducer {

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) {
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
