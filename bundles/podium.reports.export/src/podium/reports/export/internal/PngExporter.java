/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.osgi.util.NLS;

import podium.reports.api.Chart;
import podium.reports.api.ExportContext;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportExporter;
import podium.reports.api.format.Formats;
import podium.reports.charts.ReportCharts;

/**
 * The report's charts as one PNG image: every chart as {@link ReportCharts#png} draws it,
 * {@link ReportCharts#WIDTH} pixels wide and {@link ReportCharts#heightFor} high, stacked top to
 * bottom in the report's order. A report without a chart has nothing to export in this format.
 */
public final class PngExporter implements ReportExporter {

    @Override
    public boolean accepts(ReportData data) {
        return !data.charts().isEmpty();
    }

    @Override
    public void write(ReportData data, ExportContext context, OutputStream out) throws IOException, ReportException {
        List<Chart> charts = data.charts();
        if (charts.isEmpty()) {
            throw new ReportException(NLS.bind(Messages.Png_noChart, data.title()));
        }
        Formats formats = Formats.forLocale(context.locale());
        int height = charts.stream().mapToInt(ReportCharts::heightFor).sum();
        BufferedImage image = new BufferedImage(ReportCharts.WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, ReportCharts.WIDTH, height);
            int y = 0;
            for (Chart chart : charts) {
                int chartHeight = ReportCharts.heightFor(chart);
                byte[] png = ReportCharts.png(chart, formats, ReportCharts.WIDTH, chartHeight);
                g.drawImage(ImageIO.read(new ByteArrayInputStream(png)), 0, y, null);
                y += chartHeight;
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", out); //$NON-NLS-1$
    }
}
