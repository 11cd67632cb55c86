/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The files of a model in file-name order: the order in which rules speak of "the first" plan or target. */
public final class Resources {

    private static final Comparator<Resource> BY_URI = Comparator.comparing(r -> r.getURI().toString());

    private Resources() {
    }

    /** The resources of a resource set (or the one resource) with a URI, sorted by URI. */
    public static List<Resource> inOrder(Notifier model) {
        List<Resource> resources = new ArrayList<>();
        if (model instanceof ResourceSet set) {
            resources.addAll(set.getResources());
        } else if (model instanceof Resource resource) {
            resources.add(resource);
        }
        resources.removeIf(r -> r.getURI() == null);
        resources.sort(BY_URI);
        return resources;
    }
}
