/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;

import podium.lang.resource.PodiumResource;

/**
 * Xtext's lazy linker, which installs a proxy for every link and resolves it when it is first read; while
 * {@link PodiumLinkingService#linkDeferred} links a file whose workspace is loaded, a link whose target
 * the linking service finds is set to that target instead, with no proxy made, encoded, decoded and
 * replaced: what resolving the proxy at once would give. A link that does not resolve gets its proxy, and
 * so its error when it is read, as before.
 */
public class PodiumLinker extends LazyLinker {

    @Override
    @SuppressWarnings("unchecked")
    protected void createAndSetProxy(EObject obj, INode node, EReference eRef) {
        EObject target = obj.eResource() instanceof PodiumResource resource && resource.isLinkingDeferred()
                ? target(resource, obj, node, eRef) : null;
        if (target == null) {
            super.createAndSetProxy(obj, node, eRef);
        } else if (eRef.isMany()) {
            ((InternalEList<EObject>) obj.eGet(eRef, false)).addUnique(target);
        } else {
            obj.eSet(eRef, target);
        }
    }

    /**
     * The element the link names, as {@code LazyLinkingResource.getEObject} would resolve its proxy to, or
     * null where that resolution would do more than return it (no element, an error, a proxy, a wrong type).
     */
    private static EObject target(PodiumResource resource, EObject obj, INode node, EReference eRef) {
        List<EObject> found;
        try {
            found = resource.getLinkingService().getLinkedObjects(obj, eRef, node);
        } catch (IllegalNodeException e) {
            return null;
        }
        if (found.size() != 1) {
            return null;
        }
        EObject target = found.get(0);
        return target.eIsProxy() || !EcoreUtil2.isAssignableFrom(eRef.getEReferenceType(), target.eClass()) ? null : target;
    }
}
