/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.sample.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

import podium.core.Severity;
import podium.inspections.Finding;
import podium.inspections.InspectionFix;
import podium.inspections.InspectionDescriptor;
import podium.inspections.InspectionRegistry;
import podium.inspections.Inspector;
import podium.inspections.Severities;
import podium.model.Indicator;
import podium.model.IndicatorKind;
import podium.model.Organisation;
import podium.model.OrganisationKind;
import podium.model.Target;
import podium.model.Unit;
import podium.model.builder.ModelBuilder;

/** The sample's inspection, run as Podium runs it: found in the catalogue, beside Podium's own rules. */
class StretchTargetInspectionTest {

    @Test
    void theInspectionIsContributedWithItsDefinitionAndTexts() {
        InspectionDescriptor stretch = InspectionRegistry.getDefault().inspection("SMPL-T001").orElseThrow();
        assertThat(stretch.contributor().label()).isEqualTo("Podium Sample Reports (podium.sample.reports)");
        assertThat(stretch.defaultSeverity()).isEqualTo(Severity.INFO);
        assertThat(stretch.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("力争值远高于确保值");
    }

    @Test
    void aStriveMoreThanOneAndAHalfTimesTheGuaranteeIsReported() {
        ModelBuilder b = new ModelBuilder("plan");
        Resource resource = inResource(b);
        Organisation city = b.organisation("南阳市", "南阳市", OrganisationKind.CITY);
        Organisation county = b.child(city, "邓州市", "邓州市", OrganisationKind.COUNTY);
        Indicator fdi = b.indicator("实际利用外资", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        var stretched = b.target(fdi, city, "2004", "2800", "4300"); // 4300 > 1.5 × 2800 = 4200
        b.target(fdi, county, "2004", "400", "600"); // exactly 1.5 × 400: not beyond

        List<Finding> findings = stretchFindings(resource);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.element()).isSameAs(stretched);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("力争 4300 is more than one and a half times 确保 2800");
        });
    }

    @Test
    void theQuickFixIsOfferedAndLowersTheStriveLevelToTheLimit() {
        ModelBuilder b = new ModelBuilder("plan");
        Resource resource = inResource(b);
        Organisation city = b.organisation("南阳市", "南阳市", OrganisationKind.CITY);
        Indicator fdi = b.indicator("实际利用外资", "实际利用外资", Unit.TEN_THOUSAND_USD, IndicatorKind.FLOW);
        Target stretched = b.target(fdi, city, "2004", "2850", "5000");
        InspectionDescriptor stretch = InspectionRegistry.getDefault().inspection("SMPL-T001").orElseThrow();
        Finding finding = stretchFindings(resource).get(0);

        assertThat(stretch.fixes()).extracting(InspectionFix::label).containsExactly("Lower 力争 to one and a half times 确保");
        stretch.fixes().get(0).apply(finding.element());

        assertThat(stretched.getStrive().getValue()).isEqualByComparingTo("4275"); // 1.5 × 2850
        assertThat(stretched.getStrive().getValue().toPlainString()).isEqualTo("4275"); // written as the plan would
        assertThat(stretched.getGuarantee().getValue()).isEqualByComparingTo("2850");
        assertThat(stretchFindings(resource)).isEmpty();
    }

    private static Resource inResource(ModelBuilder b) {
        Resource resource = new ResourceImpl(URI.createURI("plan.xmi"));
        new ResourceSetImpl().getResources().add(resource);
        resource.getContents().add(b.file());
        return resource;
    }

    private static List<Finding> stretchFindings(Resource resource) {
        return new Inspector(InspectionRegistry.getDefault(), new Severities()).inspectAll(resource, Inspector.PLAIN).stream()
                .filter(f -> f.code().equals("SMPL-T001")).toList();
    }
}
