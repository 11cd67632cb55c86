/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests.contributions;

import java.io.OutputStream;

import podium.reports.api.ExportContext;
import podium.reports.api.ReportData;
import podium.reports.api.ReportExporter;

/** An exporter with a bug: it writes half a file, then fails. */
public final class ThrowingExporter implements ReportExporter {

    @Override
    public void write(ReportData data, ExportContext context, OutputStream out) throws java.io.IOException {
        out.write("half a fi".getBytes());
        throw new NullPointerException("cell renderer is null");
    }
}
