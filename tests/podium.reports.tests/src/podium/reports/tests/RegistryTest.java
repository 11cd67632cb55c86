/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import podium.reports.ExporterDescriptor;
import podium.reports.ExporterRegistry;
import podium.reports.ReportDescriptor;
import podium.reports.ReportRegistry;
import podium.reports.api.ReportParameters;

/** The registries read the fake contributions of this bundle's plugin.xml. */
class RegistryTest {

    @Test
    void validReportsAreListedWithTheirDeclaredParametersAndOptions() {
        ReportDescriptor hello = ReportRegistry.getDefault().report("test.hello").orElseThrow();
        assertThat(hello.name()).isEqualTo("问候");
        assertThat(hello.nameEn()).isEqualTo("Hello");
        assertThat(hello.label()).isEqualTo("Hello"); // tests run in English
        assertThat(hello.category()).isEqualTo("Test");
        assertThat(hello.parameters()).containsExactlyInAnyOrder(ReportParameters.Kind.AS_OF,
                ReportParameters.Kind.ORGANISATION);
        assertThat(hello.options()).extracting(o -> o.id() + "=" + o.defaultValue() + ":" + o.type())
                .containsExactly("greeting=你好:text", "times=1:integer");
        assertThat(hello.contributor().id()).isEqualTo("podium.reports.tests");
        assertThat(hello.contributor().label()).isEqualTo("Podium Reports Platform Tests (podium.reports.tests)");
        assertThat(hello.hasPresentation()).isFalse();
    }

    @Test
    void incompleteAndDuplicateReportsAreSkippedAndNamed() {
        assertThat(ReportRegistry.getDefault().reports()).extracting(ReportDescriptor::id)
                .contains("test.hello", "test.throws", "test.hangs", "test.refuses", "test.missingClass")
                .doesNotContain("test.incomplete").containsOnlyOnce("test.hello");
        assertThat(ReportRegistry.getDefault().report("test.hello").orElseThrow().name()).isEqualTo("问候");
        assertThat(ReportRegistry.getDefault().problems()).anySatisfy(p -> assertThat(p)
                .contains("test.incomplete").contains("podium.reports.tests").contains("producer"));
        assertThat(ReportRegistry.getDefault().problems()).anySatisfy(p -> assertThat(p)
                .contains("report id \"test.hello\"").contains("already contributes it"));
    }

    @Test
    void exportersAreFoundByFormatIgnoringCaseAndDuplicatesAreSkipped() {
        ExporterDescriptor lines = ExporterRegistry.getDefault().exporter("Lines").orElseThrow();
        assertThat(lines.extension()).isEqualTo("txt");
        assertThat(lines.isText()).isTrue();
        assertThat(lines.name()).isEqualTo("逐行文本");
        assertThat(ExporterRegistry.getDefault().exporters()).extracting(ExporterDescriptor::format)
                .containsOnlyOnce("lines").contains("broken");
        assertThat(ExporterRegistry.getDefault().problems())
                .anySatisfy(p -> assertThat(p).contains("export format \"lines\"").contains("already contributes it"));
    }
}
