/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.tests;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.common.util.URI;

import podium.model.OrganisationKind;
import podium.model.builder.ModelBuilder;
import podium.model.query.ModelIndex;
import podium.reports.api.ReportInput;

/** Small models for the platform's tests. */
final class Models {

    private Models() {
    }

    /** A city with two counties, one of them with a town, and a plan for 2004 as of 2004-05-31. */
    static ModelIndex city() {
        ModelBuilder b = new ModelBuilder("test");
        var city = b.organisation("某市", "某市", OrganisationKind.CITY);
        var east = b.child(city, "东县", "东县", OrganisationKind.COUNTY);
        b.child(city, "西县", "西县", OrganisationKind.COUNTY);
        b.child(east, "东镇", "东镇", OrganisationKind.OTHER);
        b.plan("计划", "2004年计划", "2004", "2004-05-31");
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/test.xmi"));
        resource.getContents().add(b.file());
        return ModelIndex.of(resource);
    }

    static ReportInput input() {
        return ReportInput.of(city());
    }
}
