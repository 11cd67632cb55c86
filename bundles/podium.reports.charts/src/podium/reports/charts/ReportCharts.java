/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import podium.model.Unit;
import podium.reports.api.Chart;
import podium.reports.api.format.Formats;

/**
 * The one way a report's {@link Chart} is drawn: the workbench shows the {@link JFreeChart} this
 * class builds (jfreechart-swt), and the PNG, HTML (SVG) and PDF exports render the same object.
 * Text uses the logical font {@code SansSerif}, which fontconfig maps to an installed CJK font.
 */
public final class ReportCharts {

    /** Default size of an exported chart, in pixels. */
    public static final int WIDTH = 960;
    public static final int HEIGHT = 540;

    private static final String FONT = Font.SANS_SERIF;
    private static final Color[] SERIES = {new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e),
        new Color(0x2c, 0xa0, 0x2c), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b)};
    private static final Color MARKER = new Color(0xc6, 0x28, 0x28);

    private ReportCharts() {
    }

    /** The chart as JFreeChart draws it, with numbers formatted as {@code formats} writes them. */
    public static JFreeChart create(Chart chart, Formats formats) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Chart.Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal value = series.values().get(i);
                // a category label may repeat (two units with one title): the index keeps them apart
                data.addValue(value, series.name(), new Category(i, chart.categories().get(i)));
            }
        }
        boolean horizontal = chart.kind() == Chart.Kind.PROGRESS;
        CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(), new NumberAxis(
                axisLabel(chart.unit())), chart.kind() == Chart.Kind.LINE ? lineRenderer() : barRenderer());
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        JFreeChart result = new JFreeChart(chart.title(), new Font(FONT, Font.BOLD, 16), plot, chart.series().size() > 1);
        // the theme first: it replaces series colours, label positions and fonts set before it
        theme().apply(result);
        result.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        for (int i = 0; i < chart.series().size(); i++) {
            plot.getRenderer().setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            labelBars(bars, new NumberText(formats, chart.unit() == Unit.PERCENT), horizontal);
        }
        for (Chart.Marker marker : chart.markers()) {
            plot.addRangeMarker(marker(marker, formats, horizontal), Layer.FOREGROUND);
        }
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        if (chart.kind() == Chart.Kind.PROGRESS) {
            // from 0 to at least 100 %, with room after the longest bar for its label
            axis.setLowerBound(0);
            axis.setUpperBound(Math.max(100, maximum(chart)) * 1.08);
        } else {
            axis.setUpperMargin(0.12);
        }
        if (chart.kind() == Chart.Kind.LINE && chart.unit() == Unit.RANK_POSITION) {
            axis.setInverted(true); // first place at the top
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return result;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("podium"); //$NON-NLS-1$
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    /** Value labels at the end of each bar: right of a horizontal bar, above a vertical one (below when negative). */
    private static void labelBars(BarRenderer renderer, NumberText text, boolean horizontal) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", text)); //$NON-NLS-1$
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 11));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
    }

    /** The chart as a PNG image of the given size. */
    public static byte[] png(Chart chart, Formats formats, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            create(chart, formats).draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out); //$NON-NLS-1$
        return out.toByteArray();
    }

    /**
     * The chart as an SVG element (text stays text, so a browser renders the Chinese with its own fonts). Its
     * element ids come from the chart's id, not from the clock as JFreeSVG's do, so that the same report exports
     * the same file and two charts of one page never share an id.
     */
    public static String svg(Chart chart, Formats formats, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix(chart.id()));
        create(chart, formats).draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGElement();
    }

    /** An XML name made from the chart's id, one for each id: other characters are written as _hex_. */
    static String idPrefix(String chartId) {
        StringBuilder prefix = new StringBuilder("chart-"); //$NON-NLS-1$
        chartId.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                prefix.appendCodePoint(c);
            } else {
                prefix.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return prefix.append('-').toString();
    }

    /** A height that gives each category of a progress chart room for its label. */
    public static int heightFor(Chart chart) {
        return chart.kind() == Chart.Kind.PROGRESS ? Math.max(HEIGHT, 120 + 28 * chart.categories().size()) : HEIGHT;
    }

    private static BarRenderer barRenderer() {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        return renderer;
    }

    private static LineAndShapeRenderer lineRenderer() {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setDefaultStroke(new BasicStroke(2f));
        renderer.setAutoPopulateSeriesStroke(false);
        return renderer;
    }

    /** A dashed reference line with its label inside the plot, beside the line's top end. */
    private static ValueMarker marker(Chart.Marker marker, Formats formats, boolean horizontal) {
        ValueMarker line = new ValueMarker(marker.value().doubleValue(), MARKER, new BasicStroke(2f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        line.setLabel(marker.label() + " " + formats.number(marker.value())); //$NON-NLS-1$
        line.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        line.setLabelPaint(MARKER);
        line.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        line.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        if (horizontal) {
            // a vertical line: the label to its right at the top of the plot
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        } else {
            // a horizontal line: the label above it at the right end
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        }
        return line;
    }

    private static String axisLabel(Unit unit) {
        return unit == null || unit == Unit.NONE ? "" : unit.getLiteral();
    }

    private static double maximum(Chart chart) {
        return chart.series().stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(0);
    }

    /** A category of the chart: its label, told apart from others with the same label by its index. */
    private record Category(int index, String label) implements Comparable<Category> {
        @Override
        public int compareTo(Category other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Bar labels written as Formats writes numbers (at most two decimals, no grouping), percentages as 67.50%. */
    private static final class NumberText extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient Formats formats;
        private final boolean percent;

        NumberText(Formats formats, boolean percent) {
            this.formats = formats;
            this.percent = percent;
        }

        @Override
        public StringBuffer format(Object number, StringBuffer result, FieldPosition position) {
            // the dataset holds the report's BigDecimals: format them exactly, not through a double
            BigDecimal value = number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
            return result.append(percent ? formats.percent(value) : formats.number(value));
        }

        @Override
        public StringBuffer format(double number, StringBuffer result, FieldPosition position) {
            return format(BigDecimal.valueOf(number), result, position);
        }

        @Override
        public StringBuffer format(long number, StringBuffer result, FieldPosition position) {
            return format(BigDecimal.valueOf(number), result, position);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            throw new UnsupportedOperationException("chart labels are only written"); //$NON-NLS-1$
        }
    }
}
