/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.hover;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

import podium.model.ModelPackage;
import podium.model.Target;

/**
 * Makes sure every file with actuals of a target's indicator is loaded next to the target, found
 * through the index's references, so that computations over the resource set see all of them.
 */
public class WorkspaceActuals {
    @Inject
    private ResourceDescriptionsProvider indexProvider;

    /** Loads the files that report actuals of the target's indicator. */
    public void load(Target target) {
        Resource resource = target.eResource();
        ResourceSet set = resource == null ? null : resource.getResourceSet();
        if (set == null) {
            return;
        }
        URI indicator = EcoreUtil.getURI(target.getIndicator());
        IResourceDescriptions index = indexProvider.getResourceDescriptions(set);
        for (IResourceDescription file : index.getAllResourceDescriptions()) {
            if (set.getResource(file.getURI(), false) == null && reportsActualsOf(file, indicator)) {
                set.getResource(file.getURI(), true);
            }
        }
    }

    private static boolean reportsActualsOf(IResourceDescription file, URI indicator) {
        for (IReferenceDescription reference : file.getReferenceDescriptions()) {
            if (reference.getEReference() == ModelPackage.Literals.ACTUAL__INDICATOR
                    && indicator.equals(reference.getTargetEObjectUri())) {
                return true;
            }
        }
        return false;
    }

    /** The resource set of the element, else its resource, else the element. */
    public static Notifier scopeOf(Target target) {
        Resource resource = target.eResource();
        if (resource == null) {
            return EcoreUtil.getRootContainer(target);
        }
        return resource.getResourceSet() != null ? resource.getResourceSet() : resource;
    }
}
