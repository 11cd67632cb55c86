/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests.contributions;

import java.util.List;

import podium.reports.api.Column;
import podium.reports.api.Paragraph;
import podium.reports.api.ReportData;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;
import podium.reports.api.Table;
import podium.reports.api.Value;

/** A report that greets each organisation of the model, as often as its option says. */
public final class HelloReport implements ReportProducer {

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) {
        String greeting = parameters.option("greeting").orElse("?");
        int times = parameters.intOption("times", 1);
        Table.Builder table = Table.builder("greetings", "Greetings").column("org", "Organisation", Column.Type.TEXT);
        input.model().organisations().stream().filter(parameters::includes)
                .forEach(o -> table.row(o, new Value.Text(greeting.repeat(times) + " " + o.getName())));
        return new ReportData("test.hello", "Hello", List.of(), List.of(Paragraph.of(greeting), table.build()), List.of());
    }
}
