/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import podium.reports.api.Chart;
import podium.reports.api.format.Formats;
import podium.reports.charts.ReportCharts;

/**
 * A report chart as a sharp picture for a page (PDF, DOCX): the chart {@link ReportCharts#create}
 * builds, laid out at a size whose text reads well once the picture is scaled to the page, and drawn
 * with {@code scale} pixels per unit of that size (2: twice the resolution, scaled down on the page).
 */
public final class ChartImages {

    /** Layout width of a chart on a page: its 12-pixel labels print at about 9 pt across a 17 cm column. */
    public static final int PAGE_WIDTH = 640;
    /** Pixels per layout unit. */
    public static final int SCALE = 2;

    private ChartImages() {
    }

    /** The layout height of {@code chart} at {@link #PAGE_WIDTH}: the proportions {@link ReportCharts} gives it. */
    public static int pageHeight(Chart chart) {
        return Math.round((float) ReportCharts.heightFor(chart) * PAGE_WIDTH / ReportCharts.WIDTH);
    }

    /** The chart drawn at {@link #PAGE_WIDTH} × {@link #pageHeight} with {@link #SCALE} pixels per unit. */
    public static BufferedImage forPage(Chart chart, Formats formats) {
        int width = PAGE_WIDTH;
        int height = pageHeight(chart);
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            ReportCharts.create(chart, formats).draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** {@link #forPage} as PNG bytes. */
    public static byte[] pngForPage(Chart chart, Formats formats) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(forPage(chart, formats), "png", out); //$NON-NLS-1$
        return out.toByteArray();
    }
}
