/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes report data in one file format. Contributed through the {@code podium.reports.exporters}
 * extension point, which names the format id, file extension and name. The platform writes the
 * bytes atomically to the user's file; an exporter only writes to the stream it is given.
 *
 * @since 1.0
 */
public interface ReportExporter {

    /** Writes {@code data} to {@code out}; never closes it. */
    void write(ReportData data, ExportContext context, OutputStream out) throws IOException, ReportException;

    /**
     * Whether this format can hold {@code data}: a chart format needs a chart, a text format running
     * text or tables. The default accepts everything.
     */
    default boolean accepts(ReportData data) {
        return true;
    }
}
