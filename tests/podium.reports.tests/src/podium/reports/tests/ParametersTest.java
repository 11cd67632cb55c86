/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import podium.model.query.ModelIndex;
import podium.model.time.Month;
import podium.model.time.Period;
import podium.reports.ParameterChoices;
import podium.reports.Parameters;
import podium.reports.ReportDescriptor;
import podium.reports.ReportRegistry;
import podium.reports.api.ReportException;
import podium.reports.api.ReportParameters;

/** Choices by name become parameters; wrong names and months are clear errors. */
class ParametersTest {

    private final ModelIndex model = Models.city();
    private final ReportDescriptor hello = ReportRegistry.getDefault().report("test.hello").orElseThrow();

    private ReportParameters resolve(ParameterChoices choices) throws ReportException {
        return Parameters.resolve(model, hello, choices);
    }

    @Test
    void defaultsAreThePlansMonthAndPeriodAndTheOptionsDefaults() throws Exception {
        ReportParameters p = resolve(ParameterChoices.defaults());
        assertThat(p.asOf()).isEqualTo(Month.of(2004, 5));
        assertThat(p.period()).isEqualTo(Period.year(2004));
        assertThat(p.organisation()).isNull();
        assertThat(p.options()).containsExactlyInAnyOrderEntriesOf(Map.of("greeting", "你好", "times", "1"));
    }

    @Test
    void anOrganisationSubtreeIncludesItsDescendantsOnly() throws Exception {
        ReportParameters p = resolve(new ParameterChoices(null, "2004H1", "东县", List.of(), null, Map.of()));
        assertThat(p.period()).isEqualTo(Period.half(2004, 1));
        assertThat(model.organisations()).filteredOn(p::includes).extracting(o -> o.getName())
                .containsExactly("东县", "东镇");
    }

    @Test
    void wrongChoicesSayWhatIsWrong() {
        assertThatThrownBy(() -> resolve(new ParameterChoices("2004-13", null, null, List.of(), null, Map.of())))
                .hasMessage("not a month: \"2004-13\" (write 2004-08)");
        assertThatThrownBy(() -> resolve(new ParameterChoices(null, null, "南县", List.of(), null, Map.of())))
                .hasMessage("no organisation is named \"南县\" (name, title or alias)");
        assertThatThrownBy(() -> resolve(new ParameterChoices(null, null, null, List.of("出口"), null, Map.of())))
                .hasMessage("no indicator is named \"出口\" (name, title or alias)");
        assertThatThrownBy(() -> resolve(new ParameterChoices(null, null, null, List.of(), null, Map.of("times", "两"))))
                .hasMessage("option times needs a whole number of 0 or more, not \"两\"");
        assertThatThrownBy(() -> resolve(new ParameterChoices(null, null, null, List.of(), null, Map.of("times", "-1"))))
                .hasMessage("option times needs a whole number of 0 or more, not \"-1\"");
        assertThatThrownBy(() -> resolve(new ParameterChoices(null, null, null, List.of(), null, Map.of("colour", "红"))))
                .hasMessage("report \"test.hello\" has no option \"colour\"");
    }
}
