/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.tests;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import podium.inspections.Finding;
import podium.inspections.InspectionRegistry;
import podium.inspections.Inspector;
import podium.inspections.Severities;
import podium.model.PlanningFile;

/** Runs the catalogue on models built in memory, as {@code podium validate} runs it on an XMI model. */
final class Catalogue {

    /** Podium's own inspections (the PDM codes), without this bundle's fake contributions. */
    static final InspectionRegistry PODIUM = InspectionRegistry.of(InspectionRegistry.getDefault().inspections().stream()
            .filter(i -> i.code().startsWith("PDM-")).toList());

    private Catalogue() {
    }

    /** Puts {@code file} into a resource of its own set, as loading an XMI file would. */
    static Resource inResource(PlanningFile file, String name) {
        Resource resource = new ResourceImpl(URI.createURI(name));
        new ResourceSetImpl().getResources().add(resource);
        resource.getContents().add(file);
        return resource;
    }

    /** The findings of a fresh run of {@code registry} on {@code element} alone. */
    static List<Finding> findings(InspectionRegistry registry, EObject element) {
        return new Inspector(registry, new Severities()).start(element, Inspector.PLAIN).inspect(element);
    }

    /** The codes Podium's inspections report on {@code element}. */
    static List<String> codes(EObject element) {
        return findings(PODIUM, element).stream().map(Finding::code).toList();
    }
}
