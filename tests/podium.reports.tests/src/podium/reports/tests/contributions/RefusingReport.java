/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests.contributions;

import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;

/** A report that cannot be produced for any input, and says why. */
public final class RefusingReport implements ReportProducer {

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) throws ReportException {
        throw new ReportException("the model has no speech");
    }
}
