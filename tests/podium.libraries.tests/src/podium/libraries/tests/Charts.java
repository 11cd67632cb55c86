/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.libraries.tests;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/** The bar chart the chart smoke tests draw: Chinese title, axis labels, series and categories. */
public final class Charts {

    public static final String TITLE = "重点工作完成情况";
    public static final String[] MONTHS = { "一月", "二月", "三月" };

    private Charts() {
    }

    public static JFreeChart barChart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[] plan = { 120, 130, 140 };
        double[] done = { 95, 131, 88 };
        for (int i = 0; i < MONTHS.length; i++) {
            data.addValue(plan[i], "计划", MONTHS[i]);
            data.addValue(done[i], "完成", MONTHS[i]);
        }
        return ChartFactory.createBarChart(TITLE, "月份", "亿元", data);
    }
}
