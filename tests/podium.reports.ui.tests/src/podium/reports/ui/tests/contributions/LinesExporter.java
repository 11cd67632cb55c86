/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests.contributions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import podium.reports.api.ExportContext;
import podium.reports.api.ReportData;
import podium.reports.api.ReportExporter;
import podium.reports.api.Row;
import podium.reports.api.Table;
import podium.reports.api.format.Formats;

/** A text format contributed by a plugin: the title, then each row's cells joined by " | ". */
public final class LinesExporter implements ReportExporter {

    @Override
    public void write(ReportData data, ExportContext context, OutputStream out) throws IOException {
        Formats formats = Formats.forLocale(context.locale());
        StringBuilder text = new StringBuilder(data.title()).append('\n');
        for (Table table : data.tables()) {
            for (Row row : table.rows()) {
                text.append(String.join(" | ", row.cells().stream().map(formats::cell).toList())).append('\n');
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
