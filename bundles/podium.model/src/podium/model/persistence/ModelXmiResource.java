/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An XMI model file. A link whose fragment names a feature its element does not have
 * ({@code //@elements.0} in a file whose root is a meeting) finds nothing, as a link to an element that
 * is not there does: EMF then reports it unresolved at the line and column of the link, where plain
 * {@link XMIResourceImpl} throws and the problem loses its place in the file.
 */
public class ModelXmiResource extends XMIResourceImpl {

    /** Creates model XMI resources. */
    public static class Factory extends XMIResourceFactoryImpl {
        @Override
        public Resource createResource(URI uri) {
            return new ModelXmiResource(uri);
        }
    }

    public ModelXmiResource(URI uri) {
        super(uri);
    }

    @Override
    public EObject getEObject(String uriFragment) {
        try {
            return super.getEObject(uriFragment);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
            return null;
        }
    }
}
