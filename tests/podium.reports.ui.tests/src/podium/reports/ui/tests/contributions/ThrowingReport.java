/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests.contributions;

import podium.reports.api.ReportData;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;

/** A report whose producer throws, as a buggy plugin's would. */
public final class ThrowingReport implements ReportProducer {

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) {
        throw new IllegalStateException("index 7 out of bounds");
    }
}
