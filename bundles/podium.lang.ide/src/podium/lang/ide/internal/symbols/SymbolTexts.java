/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.symbols;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import podium.model.PlanElement;

/** How referenced elements and values read in outline names, also while references are unresolved. */
final class SymbolTexts {

    private SymbolTexts() {
    }

    /** The element's own name, or null when it has none. */
    static String nameOf(EObject object) {
        return object instanceof PlanElement element && element.getName() != null && !element.getName().isEmpty()
                ? element.getName() : null;
    }

    /** The name a reference points to; the text as written when it does not resolve, null when absent. */
    static String name(EObject owner, EReference reference) {
        EObject referenced = (EObject) owner.eGet(reference);
        if (referenced != null && !referenced.eIsProxy()) {
            return nameOf(referenced);
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
        return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
