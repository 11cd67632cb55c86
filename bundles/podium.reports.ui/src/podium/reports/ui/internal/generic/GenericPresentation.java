/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.swt.ChartComposite;

import podium.reports.api.Block;
import podium.reports.api.Chart;
import podium.reports.api.Heading;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.Table;
import podium.reports.api.Tone;
import podium.reports.api.format.Formats;
import podium.reports.charts.ReportCharts;
import podium.reports.ui.PresentationContext;
import podium.reports.ui.ReportPresentation;
import podium.reports.ui.internal.Messages;
import podium.core.text.Counts;

/**
 * Shows any report's data when the report brings no presentation of its own: title and parameters,
 * then its blocks in order in one scrolling page (text, tables as {@link ReportGrid}s, charts as the
 * exports draw them), then what the report left out.
 */
public final class GenericPresentation implements ReportPresentation {

    private static final int CHART_HEIGHT = 360;
    /** Charts are drawn at their size up to this, never scaled up from a smaller drawing. */
    private static final int MAX_CHART_DRAW = 4000;
    private static final int MAX_GRID_HEIGHT = 420;
    private static final int SCROLLBAR_ALLOWANCE = 20;

    private final List<ReportGrid> grids = new ArrayList<>();
    private final List<ChartComposite> charts = new ArrayList<>();

    @Override
    public Control createControl(Composite parent, ReportData data, PresentationContext context) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite page = new Composite(scrolled, SWT.NONE);
        page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        page.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.swtDefaults().margins(12, 10).spacing(6, 8).applyTo(page);
        Formats formats = context.formats();
        title(page, data, formats);
        for (Block block : data.blocks()) {
            block(page, block, context);
        }
        omissions(page, data);
        scrolled.setContent(page);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.addListener(SWT.Resize, e -> fit(scrolled, page));
        fit(scrolled, page);
        return scrolled;
    }

    /** The page as wide as the window (text wraps), as high as its content. */
    private static void fit(ScrolledComposite scrolled, Composite page) {
        int width = Math.max(scrolled.getClientArea().width, 200);
        scrolled.setMinSize(page.computeSize(width, SWT.DEFAULT));
    }

    private static void title(Composite page, ReportData data, Formats formats) {
        label(page, data.title(), JFaceResources.getHeaderFont(), SWT.NONE);
        if (!data.parameters().isEmpty()) {
            String line = data.parameters().stream()
                    .map(p -> NLS.bind(Messages.GenericPresentation_parameter, p.label(), p.value()))
                    .collect(Collectors.joining(Messages.GenericPresentation_parameterSeparator));
            dim(label(page, line, null, SWT.WRAP));
        }
        if (!data.omissions().isEmpty()) {
            Label notice = label(page, Counts.format(Messages.GenericPresentation_omissionsNotice, data.omissions().size()),
                    null, SWT.WRAP);
            notice.setForeground(colour(Tone.WARNING));
        }
    }

    private void block(Composite page, Block block, PresentationContext context) {
        if (block instanceof Heading heading) {
            Label label = label(page, heading.text(), heading.level() == 1 ? JFaceResources.getHeaderFont()
                    : JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT), SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).indent(0, heading.level() == 1 ? 10 : 4).applyTo(label);
        } else if (block instanceof Paragraph paragraph) {
            paragraph(page, paragraph, context.formats());
        } else if (block instanceof Table table) {
            table(page, table, context);
        } else if (block instanceof Chart chart) {
            chart(page, chart, context.formats());
        }
    }

    private static void paragraph(Composite page, Paragraph paragraph, Formats formats) {
        switch (paragraph.style()) {
            case NOTE -> dim(label(page, paragraph.text(), null, SWT.WRAP));
            case SIGNATURE -> {
                Label label = label(page, paragraph.text(), null, SWT.WRAP | SWT.RIGHT);
                GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).applyTo(label);
            }
            case ADDRESS -> label(page, paragraph.text(), null, SWT.WRAP);
            default -> label(page, (formats.isChinese() ? "\u3000\u3000" : "") + paragraph.text(), null, SWT.WRAP); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void table(Composite page, Table table, PresentationContext context) {
        if (!table.title().isBlank()) {
            Label title = label(page, table.title(), JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT),
                    SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(title);
        }
        ReportGrid grid = new ReportGrid(page, table, context.formats(), row -> context.open(row.element()));
        grids.add(grid);
        int height = Math.min(grid.control().getPreferredHeight() + SCROLLBAR_ALLOWANCE, MAX_GRID_HEIGHT);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, height).applyTo(grid.control());
        for (String note : table.notes()) {
            dim(label(page, note, null, SWT.WRAP));
        }
    }

    private void chart(Composite page, Chart chart, Formats formats) {
        Label title = label(page, chart.title(), JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT),
                SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(title);
        // Drawn into a buffer first: JFreeChart resets the clip while drawing, and on GTK 3 a control's
        // unclipped GC paints outside the scrolled page. No "Save as..." (jfreechart-swt calls a method
        // JFreeChart 1.5 no longer has), no properties editor: exports go through the Export button.
        ChartComposite composite = new ChartComposite(page, SWT.BORDER, ReportCharts.create(chart, formats),
                ChartComposite.DEFAULT_WIDTH, CHART_HEIGHT, ChartComposite.DEFAULT_MINIMUM_DRAW_WIDTH,
                ChartComposite.DEFAULT_MINIMUM_DRAW_HEIGHT, MAX_CHART_DRAW, MAX_CHART_DRAW, true, false, false, false,
                true, true);
        charts.add(composite);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, CHART_HEIGHT).applyTo(composite);
    }

    private static void omissions(Composite page, ReportData data) {
        if (data.omissions().isEmpty()) {
            return;
        }
        Label heading = label(page, NLS.bind(Messages.GenericPresentation_omissionsTitle, data.omissions().size()),
                JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT), SWT.WRAP);
        heading.setForeground(colour(Tone.WARNING));
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 10).applyTo(heading);
        for (String omission : data.omissions()) {
            Label item = label(page, "\u2022 " + omission, null, SWT.WRAP); //$NON-NLS-1$
            GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).applyTo(item);
        }
    }

    private static Label label(Composite page, String text, Font font, int style) {
        Label label = new Label(page, style);
        label.setText(text.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
        if (font != null) {
            label.setFont(font);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        return label;
    }

    private static Label dim(Label label) {
        label.setForeground(label.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        return label;
    }

    private static Color colour(Tone tone) {
        return GUIHelper.getColor(ToneColours.foreground(tone));
    }

    /** The grids of the tables, in reading order. */
    public List<ReportGrid> grids() {
        return List.copyOf(grids);
    }

    /** The charts, in reading order. */
    public List<ChartComposite> charts() {
        return List.copyOf(charts);
    }
}
