/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.highlighting;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import podium.lang.ide.PodiumHighlightingStyles;
import podium.model.ModelPackage;

/**
 * Highlights references by the kind of element they point to, declared names, units and
 * qualifiers, reading the features of each element rather than its tokens.
 */
public class PodiumSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {
    private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

    @Override
    protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            String style = styleOf(feature);
            if (style != null && isWritten(object, feature)) {
                highlight(object, feature, style, acceptor);
            }
        }
        return false;
    }

    private static String styleOf(EStructuralFeature feature) {
        if (feature instanceof EReference reference) {
            return reference.isContainment() ? null : PodiumHighlightingStyles.referenceStyle(reference.getEReferenceType());
        }
        EAttribute attribute = (EAttribute) feature;
        if (attribute == MODEL.getPlanElement_Name()) {
            return PodiumHighlightingStyles.DECLARATION;
        } else if (attribute.getEType() == MODEL.getUnit()) {
            return PodiumHighlightingStyles.UNIT;
        } else if (attribute.getEType() == MODEL.getQualifier() || attribute == MODEL.getTarget_Zero()
                || attribute == MODEL.getTarget_Growth() || attribute == MODEL.getTarget_Veto()) {
            return PodiumHighlightingStyles.QUALIFIER;
        }
        return null;
    }

    private static boolean isWritten(EObject object, EStructuralFeature feature) {
        return feature.isMany() || object.eIsSet(feature) || feature instanceof EReference;
    }

    private static void highlight(EObject object, EStructuralFeature feature, String style,
            IHighlightedPositionAcceptor acceptor) {
        for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
            if (node.getLength() > 0) {
                acceptor.addPosition(node.getOffset(), node.getLength(), style);
            }
        }
    }
}
