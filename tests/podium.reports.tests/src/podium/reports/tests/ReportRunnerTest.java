/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import podium.reports.ParameterChoices;
import podium.reports.Parameters;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOutcome;
import podium.reports.ReportRegistry;
import podium.reports.ReportRunner;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.Table;
import podium.reports.tests.contributions.HangingReport;

/** A contribution that throws, hangs, refuses or is missing fails in its own place; the others still run. */
class ReportRunnerTest {

    private final ReportRunner runner = new ReportRunner(Duration.ofMillis(500));
    private final ReportInput input = Models.input();

    private ReportOutcome run(String id, ParameterChoices choices) throws Exception {
        ReportDescriptor report = ReportRegistry.getDefault().report(id).orElseThrow();
        ReportParameters parameters = Parameters.resolve(input.model(), report, choices);
        return runner.run(report, input, parameters);
    }

    private ReportOutcome run(String id) throws Exception {
        return run(id, ParameterChoices.defaults());
    }

    @Test
    void aWorkingReportGivesItsDataWithTheOptionsDefaults() throws Exception {
        ReportOutcome outcome = run("test.hello");
        assertThat(outcome).isInstanceOf(ReportOutcome.Produced.class);
        Table table = ((ReportOutcome.Produced) outcome).data().tables().get(0);
        assertThat(table.rows()).extracting(r -> r.cell(0).toString())
                .containsExactly("Text[text=你好 某市]", "Text[text=你好 东县]", "Text[text=你好 东镇]", "Text[text=你好 西县]");
    }

    @Test
    void parametersAndOptionsReachTheProducer() throws Exception {
        ParameterChoices choices = new ParameterChoices("2004-03", null, "东县", List.of(), null,
                Map.of("greeting", "嗨", "times", "2"));
        Table table = ((ReportOutcome.Produced) run("test.hello", choices)).data().tables().get(0);
        assertThat(table.rows()).extracting(r -> r.cell(0).toString())
                .containsExactly("Text[text=嗨嗨 东县]", "Text[text=嗨嗨 东镇]");
    }

    @Test
    void aThrowingReportIsAPluginFaultNamingThePluginAndTheCause() throws Exception {
        ReportOutcome.Failed failed = (ReportOutcome.Failed) run("test.throws");
        assertThat(failed.pluginFault()).isTrue();
        assertThat(failed.message()).isEqualTo("report \"Throwing report\" failed (plugin Podium Reports Platform "
                + "Tests (podium.reports.tests)): IllegalStateException: index 7 out of bounds");
        assertThat(failed.cause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHangingReportIsStoppedAtTheLimitAndTheNextReportStillRuns() throws Exception {
        int before = HangingReport.started;
        long start = System.nanoTime();
        ReportOutcome.Failed failed = (ReportOutcome.Failed) run("test.hangs");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(HangingReport.started).isEqualTo(before + 1);
        assertThat(failed.pluginFault()).isTrue();
        assertThat(failed.message()).startsWith("report \"Hanging report\" did not finish within 0.5 s")
                .contains("podium.reports.tests");
        assertThat(run("test.hello")).isInstanceOf(ReportOutcome.Produced.class);
    }

    @Test
    void aReportThatRefusesTheInputIsNotAPluginFault() throws Exception {
        ReportOutcome.Failed failed = (ReportOutcome.Failed) run("test.refuses");
        assertThat(failed.pluginFault()).isFalse();
        assertThat(failed.message()).isEqualTo("the model has no speech");
    }

    @Test
    void aProducerClassThatCannotBeLoadedIsAPluginFault() throws Exception {
        ReportOutcome.Failed failed = (ReportOutcome.Failed) run("test.missingClass");
        assertThat(failed.pluginFault()).isTrue();
        assertThat(failed.message()).startsWith("cannot create the producer of \"Missing class\" (plugin Podium "
                + "Reports Platform Tests (podium.reports.tests)):").contains("NoSuchReport");
    }
}
