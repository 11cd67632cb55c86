/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests.contributions;

import java.util.List;

import podium.reports.api.Column;
import podium.reports.api.ReportData;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;
import podium.reports.api.Table;
import podium.reports.api.Value;

/** One row per organisation of the chosen subtree: a report small enough to check whole. */
public final class HelloReport implements ReportProducer {

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) {
        Table.Builder table = Table.builder("greetings", "问候").column("org", "单位", Column.Type.TEXT);
        input.model().organisations().stream().filter(parameters::includes)
                .forEach(o -> table.row(o, new Value.Text("你好 " + o.getName())));
        return new ReportData("test.hello", "问候", List.of(), List.of(table.build()), List.of());
    }
}
