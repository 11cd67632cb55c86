/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import podium.core.Severity;
import podium.inspections.Finding;
import podium.inspections.InspectionDescriptor;
import podium.inspections.InspectionRegistry;
import podium.inspections.Inspector;
import podium.inspections.Severities;
import podium.inspections.tests.contributions.DynamicInspection;
import podium.inspections.tests.contributions.MeasureTitleInspection;
import podium.inspections.tests.contributions.ThrowingInspection;
import podium.model.Measure;
import podium.model.MeasureStatus;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.builder.ModelBuilder;
import podium.testing.PluginJars;

/**
 * Inspections contributed through {@code podium.inspections.inspections} by this bundle's plugin.xml (see
 * contributions/): they run beside Podium's own; one that throws is reported once, naming its plugin, and
 * hides nothing; a contribution that cannot be used is skipped and named; a plugin installed at run time
 * adds its inspection and takes it away when uninstalled.
 */
class ContributionTest {

    private static final String PLUGIN = "Podium Inspections Tests (podium.inspections.tests)";

    private final InspectionRegistry registry = InspectionRegistry.getDefault();

    @Test
    void aContributedInspectionIsInTheCatalogueWithItsDefinitionAndTexts() {
        InspectionDescriptor title = registry.inspection(MeasureTitleInspection.CODE).orElseThrow();
        assertThat(title.contributor().label()).isEqualTo(PLUGIN);
        assertThat(title.defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(title.name(Locale.ENGLISH)).isEqualTo("measure title still undecided");
        assertThat(title.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("措施名称待定");
        assertThat(registry.inspection("PDM-T001")).get().extracting(d -> d.contributor().id())
                .isEqualTo("podium.inspections.builtin");
    }

    @Test
    void unusableContributionsAreSkippedAndNamed() {
        assertThat(registry.problems()).anySatisfy(p -> assertThat(p).contains(PLUGIN).contains("NoSuchInspection"));
        assertThat(registry.problems()).anySatisfy(p -> assertThat(p).contains(MeasureTitleInspection.CODE)
                .contains(PLUGIN).contains("already contributes"));
        assertThat(registry.inspections()).filteredOn(i -> i.code().equals(MeasureTitleInspection.CODE)).hasSize(1);
    }

    @Test
    void aThrowingInspectionIsReportedOnceNamingItsPluginAndHidesNothing() {
        ModelBuilder b = new ModelBuilder("t");
        Catalogue.inResource(b.file(), "t.xmi");
        Organisation bureau = b.organisation("商务局", "商务局", OrganisationKind.DEPARTMENT);
        Measure first = b.measure("m1", "待定事项一", bureau, "2004-08-31", MeasureStatus.OPEN);
        Measure second = b.measure("m2", "待定事项二", null, "2004-08-31", MeasureStatus.OPEN);

        List<Finding> findings = new Inspector(registry, new Severities()).inspectAll(b.file().eResource(), Inspector.PLAIN);

        assertThat(findings).filteredOn(f -> f.code().equals(MeasureTitleInspection.CODE)).extracting(Finding::element)
                .containsExactly(first, second);
        assertThat(findings).filteredOn(f -> f.code().equals("PDM-M001")).extracting(Finding::element)
                .containsExactly(second);
        assertThat(findings).filteredOn(f -> f.code().equals(Inspector.FAILED)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.data()).containsExactly(ThrowingInspection.CODE);
            assertThat(f.message()).contains(ThrowingInspection.CODE).contains(PLUGIN).contains("bug in the plugin");
        });
        assertThat(findings).noneMatch(f -> f.code().equals(ThrowingInspection.CODE));
    }

    @Test
    void aSeverityOverrideAppliesToAContributedInspection() {
        Severities severities = new Severities();
        assertThat(severities.apply("s", MeasureTitleInspection.CODE + " = ignore\n", registry)).isEmpty();
        ModelBuilder b = new ModelBuilder("t");
        Catalogue.inResource(b.file(), "t.xmi");
        b.measure("m1", "待定事项", null, "2004-08-31", MeasureStatus.OPEN);
        List<Finding> findings = new Inspector(registry, severities).inspectAll(b.file().eResource(), Inspector.PLAIN);
        assertThat(findings).extracting(Finding::code).doesNotContain(MeasureTitleInspection.CODE).contains("PDM-M001");
    }

    @Test
    void installingAndUninstallingAPluginAddsAndRemovesItsInspection() throws Exception {
        assertThat(registry.inspection(DynamicInspection.CODE)).isEmpty();
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        CountDownLatch added = new CountDownLatch(1);
        Runnable onAdd = added::countDown;
        registry.addChangeListener(onAdd);
        Bundle plugin = context.installBundle("memory:dynamic-inspection", new ByteArrayInputStream(pluginJar()));
        try {
            plugin.start();
            assertThat(added.await(10, TimeUnit.SECONDS)).as("registry change heard").isTrue();
            InspectionDescriptor dynamic = registry.inspection(DynamicInspection.CODE).orElseThrow();
            assertThat(dynamic.contributor().label()).isEqualTo("动态检查插件 (podium.inspections.tests.dynamic)");
        } finally {
            registry.removeChangeListener(onAdd);
            CountDownLatch removed = new CountDownLatch(1);
            Runnable onRemove = removed::countDown;
            registry.addChangeListener(onRemove);
            plugin.uninstall();
            assertThat(removed.await(10, TimeUnit.SECONDS)).as("registry change heard").isTrue();
            registry.removeChangeListener(onRemove);
        }
        assertThat(registry.inspection(DynamicInspection.CODE)).isEmpty();
        assertThat(registry.inspection(MeasureTitleInspection.CODE)).isPresent();
    }

    private static byte[] pluginJar() throws IOException {
        String pluginXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <plugin>
                   <extension point="podium.inspections.inspections">
                      <inspection class="podium.inspections.tests.contributions.DynamicInspection"/>
                   </extension>
                </plugin>
                """;
        return PluginJars.withPluginXml("podium.inspections.tests.dynamic", "动态检查插件", "podium.inspections.tests.contributions", pluginXml);
    }
}
