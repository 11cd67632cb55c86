/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

import podium.reports.ui.internal.ReportPage;
import podium.reports.ui.internal.ReportsView;
import podium.reports.ui.internal.generic.GenericPresentation;
import podium.reports.ui.tests.contributions.HelloPresentation;

/** A report that brings its own presentation is shown by it; the others by the generic one. */
class PresentationTest {

    @Test
    void aContributedPresentationIsUsedWhenTheReportHasOne() throws Exception {
        ReportsView view = ReportsWindow.show();
        ReportPage page = ReportsWindow.run(view, "test.presented");
        assertThat(page.error()).isNull();
        assertThat(page.presentation()).isInstanceOf(HelloPresentation.class);
        assertThat(page.content()).isInstanceOf(Label.class);
        int organisations = page.data().tables().get(0).rows().size();
        assertThat(((Label) page.content()).getText()).isEqualTo(HelloPresentation.PREFIX + organisations);
        assertThat(organisations).isGreaterThan(10);

        assertThat(ReportsWindow.run(view, "zero-progress").presentation()).isInstanceOf(GenericPresentation.class);
    }
}
