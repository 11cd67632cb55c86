/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.reports.ui.internal.ReportPage;
import podium.reports.ui.internal.ReportsView;
import podium.reports.ui.internal.generic.GenericPresentation;

/**
 * A report that throws and one that never returns (the test runtime's limit is 2 s) each show their
 * error, naming the plugin, in their own place; 目标进度 keeps showing its rows.
 */
class FailingReportsTest {

    private static final String PLUGIN = "Podium Reports Window Tests (podium.reports.ui.tests)";

    @Test
    void eachFailureStaysInItsReportsPlace() throws Exception {
        ReportsView view = ReportsWindow.show();

        ReportPage throwing = ReportsWindow.run(view, "test.throwing");
        assertThat(throwing.error()).contains(PLUGIN).contains("index 7 out of bounds");
        assertThat(throwing.data()).isNull();

        ReportPage hanging = ReportsWindow.run(view, "test.hanging");
        assertThat(hanging.error()).contains(PLUGIN).contains("2");

        ReportPage progress = ReportsWindow.run(view, "progress");
        assertThat(progress.error()).isNull();
        assertThat(((GenericPresentation) progress.presentation()).grids().get(0).shownRows()).isNotEmpty();

        assertThat(view.page("test.throwing").orElseThrow().error()).contains(PLUGIN);
        assertThat(view.currentPage()).isSameAs(progress);
    }
}
