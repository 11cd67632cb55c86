/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.libraries.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * jfreechart-swt 1.0 (bundle org.jfree.chart.swt, built against JFreeChart 1.0.19) shows a JFreeChart 1.5.6 bar
 * chart on an SWT Shell through swtgraphics2d 1.1.0 (bundle org.jfree.swt).
 */
class ChartCompositeTest {

    private Shell shell;

    @AfterEach
    void closeShell() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void showsBarChartWithChineseLabels() throws Exception {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[] months = { "一月", "二月", "三月" };
        double[] plan = { 120, 130, 140 };
        double[] done = { 95, 131, 88 };
        for (int i = 0; i < months.length; i++) {
            data.addValue(plan[i], "计划", months[i]);
            data.addValue(done[i], "完成", months[i]);
        }
        JFreeChart chart = ChartFactory.createBarChart("重点工作完成情况", "月份", "亿元", data);

        shell = new Shell(Display.getDefault());
        shell.setText("jfreechart-swt");
        shell.setLayout(new FillLayout());
        shell.setSize(800, 500);
        ChartComposite composite = new ChartComposite(shell, SWT.NONE, chart, true);
        shell.open();

        // ChartComposite draws on paint events, filling its rendering info as it goes
        ChartRenderingInfo info = composite.getChartRenderingInfo();
        assertThat(Swt.runUntil(() -> count(info.getEntityCollection(), CategoryItemEntity.class) == 6, 10_000))
                .as("six bars painted").isTrue();
        List<String> labels = new ArrayList<>();
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof CategoryLabelEntity label) {
                labels.add(label.getKey().toString());
            }
        }
        assertThat(labels).containsExactly(months);
        assertThat(composite.getChart()).isSameAs(chart);

        ImageData snapshot = Swt.snapshot(composite);
        Swt.save(snapshot, "jfreechart-swt.png");
        // the two series' bars (red and blue by default) are on screen
        assertThat(Swt.colouredPixels(snapshot)).isGreaterThan(5_000);
    }

    private static int count(EntityCollection entities, Class<?> type) {
        if (entities == null) {
            return 0;
        }
        int n = 0;
        for (Object e : entities.getEntities()) {
            if (type.isInstance(e)) {
                n++;
            }
        }
        return n;
    }
}
