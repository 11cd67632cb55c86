/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Which elements a rule compares an element with: the same file, or the whole model it was loaded with. */
final class Scope {

    private Scope() {
    }

    /** The elements of {@code type} in the same file as {@code element}, in file order. */
    static <T> List<T> siblings(EObject element, Class<T> type) {
        EObject root = EcoreUtil.getRootContainer(element);
        List<T> result = new ArrayList<>();
        if (type.isInstance(root)) {
            result.add(type.cast(root));
        }
        root.eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o)) {
                result.add(type.cast(o));
            }
        });
        return result;
    }

    /** The resource set {@code element} was loaded with, else its resource, else its root. */
    static Notifier model(EObject element) {
        Resource resource = element.eResource();
        if (resource == null) {
            return EcoreUtil.getRootContainer(element);
        }
        return resource.getResourceSet() != null ? resource.getResourceSet() : resource;
    }
}
